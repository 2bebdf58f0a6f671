package org.dossier.resolve.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a first name is a man's or a woman's, by the 600 commonest first names of the US census
 * (CoreNLP's gender lists, copied by the build); a name on both lists ("Jamie") or on neither is
 * neither.
 */
final class FirstNameSex {

    enum Sex { MALE, FEMALE }

    private static final Set<String> MALE = load("edu/stanford/nlp/models/gender/male_first_names.txt");
    private static final Set<String> FEMALE = load("edu/stanford/nlp/models/gender/female_first_names.txt");

    private FirstNameSex() {
    }

    /** The sex of a first name (lower case), or null. */
    static Sex of(String firstName) {
        boolean male = MALE.contains(firstName);
        boolean female = FEMALE.contains(firstName);
        return male == female ? null : male ? Sex.MALE : Sex.FEMALE;
    }

    private static Set<String> load(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = FirstNameSex.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: build the project (mvn package)");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(line -> line.strip().toLowerCase(Locale.ROOT)).filter(line -> !line.isEmpty()).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
