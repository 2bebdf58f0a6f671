package org.dossier.eval.resolve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.dossier.resolve.score.LabelledPair;
import org.dossier.resolve.score.LabelledPairs;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;

/**
 * {@code dossier eval names FILE|DIR}: pairwise precision, recall and F1 of the name comparator
 * on labelled pairs (CSV with {@code name1, name2, is_match} and optionally {@code schema}, as in
 * nomenklatura's name bench). The weights are learnt from the pairs themselves, so each pair is
 * scored by a model trained without it ({@value #FOLDS}-fold cross-validation). A file that also
 * has {@code predicted_match} is another matcher's output, scored the same way as a baseline.
 * The last line is {@code names F1=0.xxx P=0.xxx R=0.xxx n=N}.
 */
public final class NameEvaluation {

    static final int FOLDS = 5;
    static final double THRESHOLD = 0.5;

    private NameEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.exists(Path.of(args[0]))) {
            System.err.println("usage: dossier eval names FILE|DIR (CSV with name1, name2, is_match)");
            System.exit(2);
        }
        List<Path> files = csvFiles(Path.of(args[0]));
        List<LabelledPair> pairs = new ArrayList<>();
        for (Path file : files) {
            Table table = read(file);
            if (table.baseline().n() == 0) {
                pairs.addAll(table.pairs());
            } else {
                System.out.println(line("baseline " + file.getFileName(), table.baseline()));
            }
        }
        if (pairs.isEmpty()) {
            System.err.println("no labelled pairs in " + args[0]);
            System.exit(2);
        }
        Map<String, PairCounts> byKind = new TreeMap<>();
        PairCounts all = crossValidate(pairs, byKind, Boolean.getBoolean("verbose"));
        byKind.forEach((kind, counts) -> System.out.println(line("dossier " + kind, counts)));
        System.out.printf(Locale.ROOT, "names F1=%.3f P=%.3f R=%.3f n=%d%n", all.f1(), all.precision(), all.recall(),
                all.n());
    }

    /**
     * Scores each pair with weights learnt from the other folds.
     *
     * @param byKind filled with the counts of each kind of name
     * @param verbose whether to print each wrong decision
     */
    static PairCounts crossValidate(List<LabelledPair> pairs, Map<String, PairCounts> byKind, boolean verbose) {
        PairCounts all = new PairCounts();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledPair> train = new ArrayList<>();
            List<LabelledPair> test = new ArrayList<>();
            for (LabelledPair pair : pairs) {
                (fold(pair) == fold ? test : train).add(pair);
            }
            NameComparator comparator = new NameComparator(NameModel.train(train));
            for (LabelledPair pair : test) {
                double score = comparator.compare(pair.name1(), pair.name2(), pair.kind()).score();
                boolean predicted = score >= THRESHOLD;
                all.add(predicted, pair.same());
                byKind.computeIfAbsent(pair.kind().name().toLowerCase(Locale.ROOT), k -> new PairCounts())
                        .add(predicted, pair.same());
                if (verbose && predicted != pair.same()) {
                    System.out.printf(Locale.ROOT, "%s %.2f  %s | %s%n", predicted ? "FP" : "FN", score,
                            pair.name1(), pair.name2());
                }
            }
        }
        return all;
    }

    /** A stable fold per pair, whichever way round its names are written. */
    static int fold(LabelledPair pair) {
        String a = pair.name1();
        String b = pair.name2();
        String key = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
        return Math.floorMod(key.hashCode(), FOLDS);
    }

    private static String line(String label, PairCounts counts) {
        return String.format(Locale.ROOT, "%s: F1=%.3f P=%.3f R=%.3f n=%d", label, counts.f1(), counts.precision(),
                counts.recall(), counts.n());
    }

    private static List<Path> csvFiles(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        }
    }

    private record Table(List<LabelledPair> pairs, PairCounts baseline) {
    }

    /** A file of labelled pairs, or another matcher's decisions on them ({@code predicted_match}) as a baseline. */
    private static Table read(Path file) throws IOException {
        PairCounts baseline = new PairCounts();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(reader, format)) {
            if (csv.getHeaderMap().containsKey("predicted_match")) {
                for (CSVRecord row : csv) {
                    baseline.add(Boolean.parseBoolean(row.get("predicted_match").strip()),
                            Boolean.parseBoolean(row.get("is_match").strip()));
                }
                return new Table(List.of(), baseline);
            }
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Table(LabelledPairs.read(reader), baseline);
        }
    }
}
