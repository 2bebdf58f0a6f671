package org.dossier.bench.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.dossier.eval.ingest.NerSystem;
import org.dossier.ingest.figures.FigureExtractor;
import org.dossier.ingest.nlp.CoreNlpRecognizer;
import org.dossier.ingest.nlp.LanguageDetection;
import org.dossier.ingest.parse.FileParser;
import org.dossier.ingest.parse.ReadLimits;
import org.dossier.ingest.parse.UnreadableDocumentException;
import org.dossier.ingest.source.SourceFile;

/**
 * {@code dossier bench nlp [DIR]}: tokens per second of Dossier's whole analysis step (language,
 * sentences and entity mentions, figures) beside the two CoreNLP baselines of {@code eval ner} (the
 * 4-class CRF alone; Datashare's configuration, see {@link NerSystem#datashare}), on the same texts in
 * the same process: the median of three timed passes after a warm-up pass, and the heap each
 * holds once loaded. Texts are read from DIR (default: the sample corpus) up to a token budget.
 */
public final class NlpBenchmark {

    private static final int PASSES = 3;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "ingest/sample-corpus/documents");
        int budget = Integer.getInteger("tokens", 30_000);
        List<String> texts = texts(dir, budget);
        long tokens = texts.stream().mapToLong(NlpBenchmark::tokens).sum();
        System.out.printf(Locale.ROOT, "bench nlp texts=%d tokens=%d%n", texts.size(), tokens);

        Result crf = measure("crf-4class", () -> {
            NerSystem system = NerSystem.crf4Class(false);
            return text -> system.spans(text);
        }, texts, tokens);
        Result datashare = measure("datashare", () -> {
            NerSystem system = NerSystem.datashare(false);
            return text -> system.spans(text);
        }, texts, tokens);
        Result dossier = measure("dossier", () -> {
            CoreNlpRecognizer recognizer = new CoreNlpRecognizer();
            LanguageDetection languages = new LanguageDetection();
            FigureExtractor figures = new FigureExtractor();
            return text -> {
                languages.detect(text);
                recognizer.recognise("bench", text);
                figures.extract(text);
            };
        }, texts, tokens);
        System.out.printf(Locale.ROOT, "bench nlp tokens/s=%.0f vs_crf=%.2f vs_datashare=%.1fx heap_mb=%d%n",
                dossier.tokensPerSecond(), dossier.tokensPerSecond() / crf.tokensPerSecond(),
                dossier.tokensPerSecond() / datashare.tokensPerSecond(), dossier.heapMb());
    }

    private record Result(double tokensPerSecond, long heapMb) {
    }

    private static Result measure(String name, Supplier<Consumer<String>> load, List<String> texts, long tokens) {
        long before = usedHeap();
        Consumer<String> system = load.get();
        long heap = (usedHeap() - before) / (1 << 20);
        texts.forEach(system);   // warm-up
        double[] rates = new double[PASSES];
        for (int pass = 0; pass < PASSES; pass++) {
            long start = System.nanoTime();
            texts.forEach(system);
            rates[pass] = tokens / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        double median = rates[PASSES / 2];
        System.out.printf(Locale.ROOT, "bench nlp system=%s tokens/s=%.0f (passes %s) heap_mb=%d%n", name, median,
                Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()), heap);
        return new Result(median, heap);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static List<String> texts(Path dir, int budget) throws IOException {
        FileParser parser = new FileParser(ReadLimits.defaults(), Clock.systemUTC());
        List<String> texts = new ArrayList<>();
        long total = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (total >= budget) {
                    break;
                }
                try {
                    String text = parser.process(SourceFile.local(dir.toString(), file, Files.size(file))).document().text();
                    texts.add(text);
                    total += tokens(text);
                } catch (UnreadableDocumentException e) {
                    // not a text: skip it
                }
            }
        }
        return texts;
    }

    private static long tokens(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private NlpBenchmark() {
    }
}
