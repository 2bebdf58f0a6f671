package org.dossier.eval.resolve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.dossier.resolve.block.Blocker;
import org.dossier.resolve.block.BlockingRule;
import org.dossier.resolve.cluster.Clusters;
import org.dossier.resolve.record.Record;
import org.dossier.eval.resolve.match.ComparedPair;
import org.dossier.eval.resolve.match.Comparison;
import org.dossier.eval.resolve.match.MatchModel;
import org.dossier.eval.resolve.match.TermFrequencies;
import org.dossier.eval.resolve.match.DigitLevels;
import org.dossier.eval.resolve.match.ExactLevels;
import org.dossier.eval.resolve.match.TextLevels;
import org.dossier.eval.resolve.match.MatchTrainer;

/**
 * {@code dossier eval dedup FILE}: deduplicates a file of person records and scores the clusters
 * against its true ones, pairwise and B-cubed. The file is one of the layouts of the standard
 * sets: Splink's historical figures or fake_1000 ({@code unique_id, cluster, ...}) or Febrl
 * ({@code rec_id} = {@code rec-N-org}/{@code rec-N-dup-k}). Blocking proposes the pairs; a
 * Fellegi-Sunter model learnt from the records themselves (u from random pairs, m by EM) scores
 * them; pairs at or above {@value #THRESHOLD} are linked, strongest first, into clusters, except
 * where a pair compared across two clusters scores below {@value #APART}. The last line is {@code dedup pairwise-F1=0.xxx bcubed-F1=0.xxx n=N}.
 */
public final class DedupEvaluation {

    /** Links at a match weight of about +10 bits; chosen on the development halves of the standard sets. */
    static final double THRESHOLD = 0.999;
    static final int MAX_BLOCK = 300;
    /** Clusters join only if every pair compared across them scores at least this. */
    static final double APART = 0.9;
    static final int RANDOM_PAIRS = 200_000;
    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-");

    private DedupEvaluation() {
    }

    /** What a file's columns are, how to compare and block its records, and where its truth is. */
    record Layout(String name, String idColumn, Function<CSVRecord, String> truth, List<Comparison> comparisons,
                  List<BlockingRule> rules, List<BlockingRule> training) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: dossier eval dedup FILE (Splink historical_figures or fake_1000, or Febrl, CSV)");
            System.exit(2);
        }
        Result result = run(Path.of(args[0]), Boolean.getBoolean("verbose"));
        ClusterScores scores = result.scores();
        System.out.printf(Locale.ROOT, "layout %s: %d records, %d candidate pairs, %d linked, %d clusters%n",
                result.layout(), scores.records(), result.candidates(), result.linked(), result.clusters());
        System.out.printf(Locale.ROOT, "pairwise P=%.3f R=%.3f F1=%.3f; B-cubed P=%.3f R=%.3f F1=%.3f%n",
                scores.pairPrecision(), scores.pairRecall(), scores.pairF1(), scores.bcubedPrecision(),
                scores.bcubedRecall(), scores.bcubedF1());
        System.out.printf(Locale.ROOT, "dedup pairwise-F1=%.3f bcubed-F1=%.3f n=%d%n", scores.pairF1(),
                scores.bcubedF1(), scores.records());
    }

    record Result(String layout, ClusterScores scores, int candidates, int linked, int clusters) {
    }

    static Result run(Path file, boolean verbose) throws IOException {
        List<CSVRecord> rows = read(file);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no records in " + file);
        }
        Layout layout = layout(rows.get(0).getParser().getHeaderMap().keySet(), file);
        List<Record> records = new ArrayList<>(rows.size());
        String[] truth = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            Map<String, String> values = new LinkedHashMap<>(row.toMap());
            records.add(new Record(row.get(layout.idColumn()), values));
            truth[i] = layout.truth().apply(row);
        }
        Blocker.Candidates candidates = Blocker.pairs(records, layout.rules(), MAX_BLOCK);
        MatchModel untrained = MatchModel.untrained(layout.comparisons(),
                new TermFrequencies(records, layout.comparisons()));
        List<ComparedPair> levels = new ArrayList<>(candidates.pairs().length);
        for (long pair : candidates.pairs()) {
            levels.add(untrained.compare(records.get(Blocker.Candidates.first(pair)),
                    records.get(Blocker.Candidates.second(pair))));
        }
        MatchModel model = MatchTrainer.train(records, untrained, levels, layout.training(), RANDOM_PAIRS, 42);
        if (verbose) {
            System.out.print(model.describe());
            System.out.println("pairs by rule " + candidates.pairsByRule() + ", oversize blocks " + candidates.oversizeByRule());
        }
        // Links strongest first; a pair across two clusters that scores below APART keeps them apart.
        double[] probability = new double[levels.size()];
        Map<Long, Double> scored = new java.util.HashMap<>(levels.size() * 2);
        Integer[] order = new Integer[levels.size()];
        for (int k = 0; k < levels.size(); k++) {
            probability[k] = model.probability(levels.get(k));
            scored.put(candidates.pairs()[k], probability[k]);
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(probability[y], probability[x]));
        Clusters clusters = new Clusters(records.size());
        int linked = 0;
        for (int k : order) {
            if (probability[k] < THRESHOLD) {
                break;
            }
            long pair = candidates.pairs()[k];
            if (clusters.link(Blocker.Candidates.first(pair), Blocker.Candidates.second(pair), (i, j) -> {
                Double p = scored.get((long) Math.min(i, j) << 32 | Math.max(i, j));
                return p != null && p < APART;
            })) {
                linked++;
            }
        }
        int[] labels = clusters.labels();
        int clusterCount = (int) java.util.Arrays.stream(labels).distinct().count();
        return new Result(layout.name(), ClusterScores.of(labels, truth), candidates.pairs().length, linked,
                clusterCount);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(reader, format)) {
            return csv.getRecords();
        }
    }

    static Layout layout(Set<String> columns, Path file) {
        if (columns.containsAll(List.of("unique_id", "cluster", "full_name", "first_name", "surname", "dob"))) {
            return new Layout("historical_figures", "unique_id", row -> row.get("cluster"), List.of(
                    TextLevels.byFrequency("first_name"), TextLevels.byFrequency("surname"), new DigitLevels("dob"),
                    TextLevels.byFrequency("birth_place"), new ExactLevels("postcode_fake", true),
                    new ExactLevels("gender"), TextLevels.byFrequency("occupation")),
                    List.of(BlockingRule.prefixes(3, "first_name", "surname"), BlockingRule.on("surname", "dob"),
                            BlockingRule.on("first_name", "dob"), BlockingRule.on("postcode_fake", "first_name"),
                            BlockingRule.on("postcode_fake", "surname"), BlockingRule.on("dob", "birth_place"),
                            BlockingRule.prefixes(4, "full_name")),
                    List.of(BlockingRule.on("dob"), BlockingRule.on("first_name", "surname"),
                            BlockingRule.on("postcode_fake")));
        }
        if (columns.containsAll(List.of("unique_id", "cluster", "first_name", "surname", "dob"))) {
            return new Layout("fake_1000", "unique_id", row -> row.get("cluster"), List.of(
                    new TextLevels("first_name"), new TextLevels("surname"), new DigitLevels("dob"),
                    new TextLevels("city"), new TextLevels("email")),
                    List.of(BlockingRule.on("first_name"), BlockingRule.on("surname"), BlockingRule.on("dob"),
                            BlockingRule.on("email"), BlockingRule.prefixes(2, "first_name", "city")),
                    List.of(BlockingRule.on("dob"), BlockingRule.on("first_name", "surname"), BlockingRule.on("email")));
        }
        if (columns.containsAll(List.of("rec_id", "given_name", "surname", "date_of_birth"))) {
            return new Layout("febrl", "rec_id", DedupEvaluation::febrlEntity, List.of(
                    new TextLevels("given_name"), new TextLevels("surname"), new ExactLevels("street_number"),
                    new TextLevels("address_1"), new TextLevels("address_2"), new TextLevels("suburb"),
                    new DigitLevels("postcode"), new ExactLevels("state"), new DigitLevels("date_of_birth"),
                    new DigitLevels("soc_sec_id")),
                    List.of(BlockingRule.on("given_name"), BlockingRule.on("surname"), BlockingRule.on("date_of_birth"),
                            BlockingRule.on("soc_sec_id"), BlockingRule.on("postcode"),
                            BlockingRule.soundsAlike("surname", "state")),
                    List.of(BlockingRule.on("date_of_birth"), BlockingRule.on("given_name", "surname"),
                            BlockingRule.on("soc_sec_id")));
        }
        throw new IllegalArgumentException(file + ": columns " + columns + " are none of the known layouts "
                + "(Splink historical_figures or fake_1000: unique_id, cluster, first_name, surname, dob ...; "
                + "Febrl: rec_id, given_name, surname, date_of_birth ...)");
    }

    private static String febrlEntity(CSVRecord row) {
        Matcher matcher = FEBRL_ID.matcher(row.get("rec_id"));
        if (!matcher.find()) {
            throw new IllegalArgumentException("a Febrl rec_id names its entity as rec-N-...: " + row.get("rec_id"));
        }
        return matcher.group(1);
    }
}
