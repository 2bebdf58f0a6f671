package org.dossier.config.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form of a name that mentions are grouped by: diacritics off, lower case, one space
 * between words, no possessive ("Interpol's" and "INTERPOL" are "interpol"; "Jürgen" is "jurgen").
 */
public final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    public static String of(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        folded = SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return POSSESSIVE.matcher(folded).replaceAll("").strip();
    }
}
