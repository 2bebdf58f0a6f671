package org.dossier.eval.resolve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.dossier.resolve.score.LabelledPair;
import org.dossier.resolve.score.LabelledPairs;
import org.dossier.resolve.score.NameComparator;
import org.dossier.resolve.score.NameModel;

/**
 * {@code dossier eval names [--shipped] FILE|DIR}: pairwise precision, recall and F1 of the name
 * comparator on labelled pairs (CSV with {@code name1, name2, is_match} and optionally
 * {@code schema}, as in nomenklatura's name bench). By default the weights are learnt from the
 * pairs themselves, so each pair is scored by a model trained without it ({@value #FOLDS}-fold
 * cross-validation, the folds grouped by name: pairs that share a name, directly or through
 * others, share a fold, so no name is both learnt from and tested on). With {@code --shipped},
 * the model Dossier ships scores the pairs unchanged, nothing learnt from them; it says how many
 * of them it was trained on. A file that also has {@code predicted_match} is another matcher's
 * output, scored the same way as a baseline. The last line is
 * {@code names F1=0.xxx P=0.xxx R=0.xxx n=N model=cross-validated|shipped}.
 */
public final class NameEvaluation {

    static final int FOLDS = 5;
    static final double THRESHOLD = 0.5;

    private NameEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        boolean shipped = args.length == 2 && args[0].equals("--shipped");
        String input = args.length == 0 ? "" : args[args.length - 1];
        if (args.length != (shipped ? 2 : 1) || !Files.exists(Path.of(input))) {
            System.err.println("usage: dossier eval names [--shipped] FILE|DIR (CSV with name1, name2, is_match)");
            System.exit(2);
        }
        List<Path> files = csvFiles(Path.of(input));
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
            System.err.println("no labelled pairs in " + input);
            System.exit(2);
        }
        Map<String, PairCounts> byKind = new TreeMap<>();
        boolean verbose = Boolean.getBoolean("verbose");
        PairCounts all;
        if (shipped) {
            long seen = pairs.stream().filter(trainedOn(LabelledPairs.standard())).count();
            System.out.printf(Locale.ROOT, "the shipped model, unchanged: %d of these %d pairs are among the %d "
                    + "it was trained on%n", seen, pairs.size(), LabelledPairs.standard().size());
            all = score(new NameComparator(NameModel.standard()), pairs, byKind, verbose);
        } else {
            all = crossValidate(pairs, byKind, verbose);
        }
        byKind.forEach((kind, counts) -> System.out.println(line("dossier " + kind, counts)));
        System.out.printf(Locale.ROOT, "names F1=%.3f P=%.3f R=%.3f n=%d model=%s%n", all.f1(), all.precision(),
                all.recall(), all.n(), shipped ? "shipped" : "cross-validated");
    }

    /**
     * Scores each pair with weights learnt from the other folds.
     *
     * @param byKind filled with the counts of each kind of name
     * @param verbose whether to print each wrong decision
     */
    static PairCounts crossValidate(List<LabelledPair> pairs, Map<String, PairCounts> byKind, boolean verbose) {
        PairCounts all = new PairCounts();
        int[] folds = folds(pairs);
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledPair> train = new ArrayList<>();
            List<LabelledPair> test = new ArrayList<>();
            for (int k = 0; k < pairs.size(); k++) {
                (folds[k] == fold ? test : train).add(pairs.get(k));
            }
            all.add(score(new NameComparator(NameModel.train(train)), test, byKind, verbose));
        }
        return all;
    }

    private static PairCounts score(NameComparator comparator, List<LabelledPair> pairs,
                                    Map<String, PairCounts> byKind, boolean verbose) {
        PairCounts counts = new PairCounts();
        for (LabelledPair pair : pairs) {
            double score = comparator.compare(pair.name1(), pair.name2(), pair.kind()).score();
            boolean predicted = score >= THRESHOLD;
            counts.add(predicted, pair.same());
            byKind.computeIfAbsent(pair.kind().name().toLowerCase(Locale.ROOT), k -> new PairCounts())
                    .add(predicted, pair.same());
            if (verbose && predicted != pair.same()) {
                System.out.printf(Locale.ROOT, "%s %.2f  %s | %s%n", predicted ? "FP" : "FN", score,
                        pair.name1(), pair.name2());
            }
        }
        return counts;
    }

    /**
     * Each pair's fold: pairs that share a name, directly or through other pairs, are one group,
     * and a group's fold comes from a hash of its first name in order, so it is stable.
     */
    static int[] folds(List<LabelledPair> pairs) {
        Map<String, String> parent = new HashMap<>();
        for (LabelledPair pair : pairs) {
            union(parent, key(pair.name1()), key(pair.name2()));
        }
        Map<String, String> first = new HashMap<>();
        parent.keySet().forEach(name -> first.merge(root(parent, name), name, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        int[] folds = new int[pairs.size()];
        for (int k = 0; k < pairs.size(); k++) {
            folds[k] = Math.floorMod(first.get(root(parent, key(pairs.get(k).name1()))).hashCode(), FOLDS);
        }
        return folds;
    }

    /** A name as a fold sees it: case and spacing do not make another name. */
    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String rootA = root(parent, a);
        String rootB = root(parent, b);
        if (!rootA.equals(rootB)) {
            parent.put(rootA, rootB);
        }
    }

    private static String root(Map<String, String> parent, String name) {
        String root = name;
        while (!parent.getOrDefault(root, root).equals(root)) {
            root = parent.get(root);
        }
        parent.putIfAbsent(name, root);
        if (!name.equals(root)) {
            parent.put(name, root);
        }
        return root;
    }

    /** Whether a pair, either way round, is one of the given ones. */
    private static Predicate<LabelledPair> trainedOn(List<LabelledPair> training) {
        Set<String> known = new HashSet<>();
        training.forEach(pair -> known.add(unordered(pair)));
        return pair -> known.contains(unordered(pair));
    }

    private static String unordered(LabelledPair pair) {
        String a = key(pair.name1());
        String b = key(pair.name2());
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
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
