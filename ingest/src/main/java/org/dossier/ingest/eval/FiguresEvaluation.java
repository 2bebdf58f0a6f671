package org.dossier.ingest.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Scores every spec file under {@code dir}, printing a line for each and the total last; returns the accuracy. */
    public static double run(Path dir, PrintStream out, boolean verbose) throws IOException {
        FigureExtractor extractor = new FigureExtractor();
        List<Spec> specs = List.of(
                new Spec("Number/English/NumberModel.json", extractor::numbers, false),
                new Spec("Number/English/PercentModel.json", text -> only(extractor.extract(text), Figure.PERCENT), false),
                new Spec("NumberWithUnit/English/CurrencyModel.json", text -> only(extractor.extract(text), Figure.MONEY), true));
        int passed = 0;
        int total = 0;
        for (Spec spec : specs) {
            if (!Files.isRegularFile(dir.resolve(spec.file()))) {
                out.println("figures spec=" + spec.file() + " missing");
                continue;
            }
            JsonNode cases = JSON.readTree(dir.resolve(spec.file()).toFile());
            int specPassed = 0;
            for (JsonNode c : cases) {
                String input = c.path("Input").asText();
                List<Figure> found = spec.extract().apply(input);
                boolean ok = matches(c.path("Results"), found, spec.money());
                specPassed += ok ? 1 : 0;
                if (!ok && verbose) {
                    out.println("FAIL " + input + "\n  expected " + c.path("Results") + "\n  found    " + found);
                }
            }
            out.printf(Locale.ROOT, "figures spec=%s accuracy=%.3f n=%d%n",
                    spec.file(), (double) specPassed / cases.size(), cases.size());
            passed += specPassed;
            total += cases.size();
        }
        double accuracy = total == 0 ? 0 : (double) passed / total;
        out.printf(Locale.ROOT, "figures accuracy=%.3f n=%d%n", accuracy, total);
        return accuracy;
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
