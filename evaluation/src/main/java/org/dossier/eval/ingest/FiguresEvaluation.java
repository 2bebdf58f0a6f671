package org.dossier.eval.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dossier.config.domain.Figure;
import org.dossier.ingest.figures.FigureExtractor;

/**
 * {@code dossier eval figures DIR}: exact-match accuracy of normalised values on the Number,
 * Percent and Currency specs of Microsoft Recognizers-Text (DIR is their {@code Specs} folder).
 * A case passes when the figures found are exactly the ones listed: same count, same values,
 * and for money the same currency (its ISO code where the spec gives one, else its unit).
 *
 * <p>The cases are split in two by the SHA-1 of their input text: an even first byte puts a case
 * in the tune half, whose failures {@code -Dverbose=true} prints and rules may be shaped on; an
 * odd one in the measure half, which is only ever scored. The headline accuracy is the measure half's.
 */
public final class FiguresEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Spec(String file, Function<String, List<Figure>> extract, boolean money) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: dossier eval figures DIR (the Specs folder of Recognizers-Text)");
            System.exit(2);
        }
        run(Path.of(args[0]), System.out, Boolean.getBoolean("verbose"));
    }

    /** Passed and total cases of one half. */
    private static final class Score {
        int passed;
        int total;

        void add(boolean ok) {
            passed += ok ? 1 : 0;
            total++;
        }

        void add(Score other) {
            passed += other.passed;
            total += other.total;
        }

        double accuracy() {
            return total == 0 ? 0 : (double) passed / total;
        }
    }

    /**
     * Scores every spec file under {@code dir}, printing a line for each and the total last, both
     * halves on each; returns the accuracy on the measure half.
     */
    public static double run(Path dir, PrintStream out, boolean verbose) throws IOException {
        FigureExtractor extractor = new FigureExtractor();
        List<Spec> specs = List.of(
                new Spec("Number/English/NumberModel.json", extractor::numbers, false),
                new Spec("Number/English/PercentModel.json", text -> only(extractor.extract(text), Figure.PERCENT), false),
                new Spec("NumberWithUnit/English/CurrencyModel.json", text -> only(extractor.extract(text), Figure.MONEY), true));
        Score tune = new Score();
        Score measure = new Score();
        for (Spec spec : specs) {
            if (!Files.isRegularFile(dir.resolve(spec.file()))) {
                out.println("figures spec=" + spec.file() + " missing");
                continue;
            }
            JsonNode cases = JSON.readTree(dir.resolve(spec.file()).toFile());
            Score specTune = new Score();
            Score specMeasure = new Score();
            for (JsonNode c : cases) {
                String input = c.path("Input").asText();
                List<Figure> found = spec.extract().apply(input);
                boolean ok = matches(c.path("Results"), found, spec.money());
                boolean tuning = isTuneCase(input);
                (tuning ? specTune : specMeasure).add(ok);
                if (!ok && verbose && tuning) {
                    out.println("FAIL " + input + "\n  expected " + c.path("Results") + "\n  found    " + found);
                }
            }
            out.printf(Locale.ROOT, "figures spec=%s tune=%.3f measure=%.3f n=%d tune_n=%d measure_n=%d%n",
                    spec.file(), specTune.accuracy(), specMeasure.accuracy(), cases.size(), specTune.total,
                    specMeasure.total);
            tune.add(specTune);
            measure.add(specMeasure);
        }
        out.printf(Locale.ROOT, "figures accuracy=%.3f tune=%.3f measure=%.3f n=%d tune_n=%d measure_n=%d%n",
                measure.accuracy(), tune.accuracy(), measure.accuracy(), tune.total + measure.total, tune.total,
                measure.total);
        return measure.accuracy();
    }

    /** Whether a case belongs to the tune half: the first byte of the SHA-1 of its input text is even. */
    static boolean isTuneCase(String input) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(input.getBytes(StandardCharsets.UTF_8));
            return (digest[0] & 1) == 0;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }

    private static List<Figure> only(List<Figure> figures, String type) {
        return figures.stream().filter(f -> f.type().equals(type)).toList();
    }

    private static boolean matches(JsonNode expected, List<Figure> found, boolean money) {
        if (expected.size() != found.size()) {
            return false;
        }
        List<Figure> left = new ArrayList<>(found);
        for (JsonNode result : expected) {
            Figure match = left.stream().filter(f -> same(result.path("Resolution"), f, money)).findFirst().orElse(null);
            if (match == null) {
                return false;
            }
            left.remove(match);
        }
        return true;
    }

    private static boolean same(JsonNode resolution, Figure figure, boolean money) {
        String value = resolution.path("value").asText(null);
        if (value == null || value.equals("null")) {
            return false;
        }
        double expected = Double.parseDouble(value.replace("%", ""));
        double actual = figure.value() == null ? Double.NaN : figure.value();
        if (money) {
            String iso = resolution.path("isoCurrency").asText(null);
            String unit = resolution.path("unit").asText("").toLowerCase(Locale.ROOT);
            boolean minor = List.of("cent", "pence", "sen").contains(figure.unit());
            actual = minor ? actual * 100 : figure.unit().equals("satoshi") ? actual * 1e8 : actual;
            boolean currency = iso != null && !iso.isEmpty() ? iso.equals(figure.currency()) : unit.equals(figure.unit());
            if (!currency) {
                return false;
            }
        }
        return Math.abs(expected - actual) <= 1e-9 * Math.max(1, Math.abs(expected));
    }

    private FiguresEvaluation() {
    }
}
