package org.dossier.config.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys of names. A name's folded form, that mentions are grouped by: diacritics off, lower
 * case, one space between words, no possessive ("Interpol's" and "INTERPOL" are "interpol";
 * "Jürgen" is "jurgen"). And a name's key with its type, {@code TYPE:text}
 * ({@code PERSON:jurgen stock}), that groups, review candidates and judgements carry.
 */
public final class NameKey {

    private static final char SEPARATOR = ':';
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

    /** The key of a text of a type: {@code PERSON:jurgen stock} (the text as given). */
    public static String key(String type, String text) {
        return type + SEPARATOR + text;
    }

    /** The type of a key ({@code PERSON}), or "" when it has none. */
    public static String type(String key) {
        int separator = key.indexOf(SEPARATOR);
        return separator < 0 ? "" : key.substring(0, separator);
    }

    /** The text of a key after its type ({@code jurgen stock}); the whole key when it has no type. */
    public static String text(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }
}
