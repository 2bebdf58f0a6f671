package org.dossier.eval.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dossier.ingest.parse.HtmlDocumentParser;
import org.dossier.ingest.parse.ReadLimits;

/**
 * {@code dossier eval articles DIR}: how well the article extractor finds a page's main text,
 * on a folder laid out like one of the extraction sets (see {@link ArticleGold}), with that set's
 * own metric. {@code -Dverbose=true} prints each page's score. The last line is the total.
 */
public final class ArticleEvaluation {

    public static void main(String[] args) throws IOException {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: dossier eval articles DIR (a folder with ground-truth.json or evaldata.json)");
            System.exit(2);
        }
        boolean verbose = Boolean.getBoolean("verbose");
        List<ArticleGold> pages = ArticleGold.read(Path.of(args[0]));
        PrintStream out = System.out;
        // The parser ingest uses: charset detection, then the article extractor.
        HtmlDocumentParser parser = new HtmlDocumentParser(ReadLimits.defaults().maxTextLength());
        ArticleScore score = new ArticleScore();
        long nanos = 0;
        for (ArticleGold gold : pages) {
            String text;
            long start = System.nanoTime();
            try (InputStream in = gold.open()) {
                text = parser.parse(in, gold.url() == null ? "" : gold.url()).text();
            }
            nanos += System.nanoTime() - start;
            if (gold.bySegments()) {
                int[] page = score.addSegments(gold.with(), gold.without(), text);
                if (verbose) {
                    out.printf(Locale.ROOT, "page %s tp=%d fp=%d fn=%d%n", gold.id(), page[0], page[1], page[2]);
                }
            } else {
                double[] page = score.addShingles(gold.body(), text);
                if (verbose) {
                    out.printf(Locale.ROOT, "page %s P=%.3f R=%.3f%n", gold.id(),
                            ArticleScore.pagePrecision(page), ArticleScore.pageRecall(page));
                }
            }
        }
        out.printf(Locale.ROOT, "articles data=%s metric=%s pages/s=%.0f%n", Path.of(args[0]).getFileName(),
                pages.stream().anyMatch(ArticleGold::bySegments) ? "segments" : "shingles", pages.size() / (nanos / 1e9));
        out.printf(Locale.ROOT, "articles F1=%.3f P=%.3f R=%.3f n=%d%n", score.f1(), score.precision(), score.recall(),
                pages.size());
    }

    private ArticleEvaluation() {
    }
}
