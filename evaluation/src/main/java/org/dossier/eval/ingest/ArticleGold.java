package org.dossier.eval.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pages and their gold text from a folder laid out like one of the article-extraction sets:
 * {@code ground-truth.json} with {@code html/<id>.html.gz} (Scrapinghub's benchmark) or
 * {@code original/<id>.html.gz} (L3S-GN1), scored by shingles; or {@code evaldata.json} with
 * {@code html/<file>.gz} (trafilatura's set), scored by the segments that must and must not appear.
 */
record ArticleGold(String id, String url, Path page, String body, List<String> with, List<String> without) {

    boolean bySegments() {
        return body == null;
    }

    InputStream open() throws IOException {
        InputStream in = Files.newInputStream(page);
        return page.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    static List<ArticleGold> read(Path folder) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ArticleGold> pages = new ArrayList<>();
        if (Files.exists(folder.resolve("evaldata.json"))) {
            var fields = json.readTree(folder.resolve("evaldata.json").toFile()).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                JsonNode page = entry.getValue();
                String file = page.path("file").asText();
                pages.add(new ArticleGold(file, entry.getKey().replaceFirst("^hard::", ""),
                        folder.resolve("html").resolve(file + ".gz"), null, strings(page.path("with")),
                        strings(page.path("without"))));
            }
        } else if (Files.exists(folder.resolve("ground-truth.json"))) {
            Path pagesFolder = Files.isDirectory(folder.resolve("original")) ? folder.resolve("original") : folder.resolve("html");
            var fields = json.readTree(folder.resolve("ground-truth.json").toFile()).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                Path page = pagesFolder.resolve(entry.getKey() + ".html.gz");
                if (!Files.exists(page)) {
                    page = pagesFolder.resolve(entry.getKey() + ".html");
                }
                pages.add(new ArticleGold(entry.getKey(), entry.getValue().path("url").asText(null), page,
                        entry.getValue().path("articleBody").asText(""), List.of(), List.of()));
            }
        } else {
            throw new IOException("no ground-truth.json or evaldata.json in " + folder);
        }
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
