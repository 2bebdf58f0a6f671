package org.dossier.ingest.nlp;

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
 * Religions, ideologies, nationalities and criminal charges ("Scientology", "Muslim",
 * "Belgians", "wire fraud"), from the gazetteer of CoreNLP's fine-grained NER (the build keeps
 * these lines of it): names the CRF sometimes takes for places, people or organisations, which
 * they are not (CoNLL calls them MISC). Its countries are kept apart, in {@value #PLACES}.
 */
final class MiscNames {

    static final String RESOURCE = "org/dossier/ingest/nlp/misc-names.tab";
    static final String PLACES = "org/dossier/ingest/nlp/places.tab";

    private MiscNames() {
    }

    /** The names, lower case. */
    static Set<String> load() {
        return load(RESOURCE);
    }

    /** The names of a gazetteer the build kept, lower case. */
    static Set<String> load(String resource) {
        return load(resource, null);
    }

    /** The criminal charges alone ("wire fraud"). */
    static Set<String> charges() {
        return load(RESOURCE, "CRIMINAL_CHARGE");
    }

    /** The nationalities alone ("lebanese", "belgians"). */
    static Set<String> nationalities() {
        return load(RESOURCE, "NATIONALITY");
    }

    /** The names of a gazetteer the build kept, of one type (null: all), lower case. */
    private static Set<String> load(String resource, String type) {
        Set<String> names = new HashSet<>();
        try (InputStream in = MiscNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath: build the project (mvn package)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            // The build kept only the religions', ideologies' and nationalities' lines: name, tab, type, ...
            for (String line; (line = reader.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (tab > 0 && (type == null || line.startsWith(type + "\t", tab + 1))) {
                    names.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
        return Set.copyOf(names);
    }
}
