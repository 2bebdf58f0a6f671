package org.dossier.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Title, publication date and text of an HTML page, with jsoup. The text is taken from the
 * page's {@code <article>} or {@code <main>} when it has one, paragraph by paragraph, leaving
 * out scripts, navigation, headers, footers and asides.
 */
public class HtmlDocumentParser {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd";
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

    private static String text(Document page) {
        Element main = page.selectFirst("article");
        if (main == null) {
            main = page.selectFirst("main");
        }
        if (main == null) {
            main = page.body();
        }
        main = main.clone();
        main.select(CHROME).remove();
        StringBuilder text = new StringBuilder();
        Elements blocks = main.select(BLOCKS);
        for (Element block : blocks) {
            // Nested blocks (a <p> inside an <li>) are read once, through the innermost.
            if (!block.select(BLOCKS).stream().skip(1).findAny().isPresent()) {
                appendParagraph(text, block.text());
            }
        }
        if (text.isEmpty()) {
            appendParagraph(text, main.text());
        }
        return text.toString();
    }

    private static void appendParagraph(StringBuilder text, String paragraph) {
        String clean = paragraph.strip();
        if (clean.isEmpty()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(clean);
    }
}
