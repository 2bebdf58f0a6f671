package org.dossier.ingest.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The 600 commonest first names of the US census, from CoreNLP's gender models (the build copies
 * them; the longer lists hold words such as "Royal" and "Geneva"):
 * the tagger takes "Gloria La Riva" or "Stanley Ford" for an organisation when the sentence reads
 * like one, though its first word says it is a person. A name whose last word is a first name
 * too ("Morgan Stanley") or that has a body's word, a legal form or a joining word stays as the
 * tagger gave it.
 */
final class FirstNames {

    static final List<String> RESOURCES = List.of("edu/stanford/nlp/models/gender/male_first_names.txt",
            "edu/stanford/nlp/models/gender/female_first_names.txt");
    private static final int MAX_WORDS = 4;

    private final Set<String> names;

    private FirstNames(Set<String> names) {
        this.names = names;
    }

    static FirstNames load() {
        Set<String> names = new HashSet<>();
        for (String resource : RESOURCES) {
            try (InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath: build the project (mvn package)");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null; ) {
                    if (!line.isBlank()) {
                        names.add(line.strip().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FirstNames(names);
    }

    static FirstNames of(Set<String> names) {
        return new FirstNames(names);
    }

    /** Whether a word is one of the first names, case aside. */
    boolean contains(String word) {
        return names.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether an organisation's name written so is a person's: two to four capitalised words, the
     * first a first name, the last not one, none a body's word or a legal form ("Joseph Bank").
     */
    boolean personsName(String name) {
        List<String> words = NameRules.words(name);
        if (words.size() < 2 || words.size() > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            String folded = word.toLowerCase(Locale.ROOT);
            // "Stanley Ford" yes; "Bank of Joseph", "Grant IBM" or "Joseph Bank" no.
            if (!Character.isUpperCase(word.charAt(0)) || word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))
                    || NameRules.bodyWord(folded)) {
                return false;
            }
        }
        return names.contains(words.get(0).toLowerCase(Locale.ROOT))
                && !names.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                && !name.contains("&");
    }
}
