package org.dossier.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.dossier.ingest.extract.ArticleExtractor;

/**
 * Title, publication date and text of an HTML page, with jsoup. The text is the article the
 * page carries, found by {@link ArticleExtractor}, without menus, teasers and comments.
 */
public class HtmlDocumentParser {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=date]",
            "meta[name=DC.date]",
            "meta[name=dc.date]",
            "meta[name=dcterms.date]");

    public ParsedDocument parse(InputStream in, String baseUri) throws IOException {
        Document page = Jsoup.parse(in, null, baseUri);
        return new ParsedDocument(title(page), text(page), "text/html", published(page).orElse(null));
    }

    private static String title(Document page) {
        String og = page.select("meta[property=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        String title = page.title().strip();
        if (!title.isEmpty()) {
            return title;
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static Optional<Instant> published(Document page) {
        for (String selector : DATE_META) {
            Optional<Instant> date = PublicationDates.parse(page.select(selector).attr("content"));
            if (date.isPresent()) {
                return date;
            }
        }
        Element time = page.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : PublicationDates.parse(time.attr("datetime"));
    }

    private String text(Document page) {
        String article = extractor.extract(page);
        // A page with no prose block (a list, a form) still has its words.
        return article.isEmpty() && page.body() != null ? page.body().text() : article;
    }
}
