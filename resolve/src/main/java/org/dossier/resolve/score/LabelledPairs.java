package org.dossier.resolve.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.dossier.resolve.normalize.NameKind;

/**
 * Labelled pairs in CSV: {@code name1, name2, is_match}, and {@code schema} for the kind
 * (FollowTheMoney's "Person", "Company", ...; people when absent), as nomenklatura's name bench
 * writes them.
 */
public final class LabelledPairs {

    /** The pairs the default weights are learnt from (see {@code names/README.md}). */
    static final String STANDARD = "names/labelled-pairs.csv";

    private LabelledPairs() {
    }

    public static List<LabelledPair> standard() {
        try (InputStream in = LabelledPairs.class.getClassLoader().getResourceAsStream(STANDARD)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + STANDARD);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<LabelledPair> read(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabelledPair> pairs = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(reader, format)) {
            boolean hasKind = csv.getHeaderMap().containsKey("schema");
            for (CSVRecord row : csv) {
                pairs.add(new LabelledPair(row.get("name1"), row.get("name2"),
                        NameKind.of(hasKind ? row.get("schema") : "Person"),
                        Boolean.parseBoolean(row.get("is_match").strip())));
            }
        }
        return pairs;
    }
}
