package org.dossier.ingest.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import org.dossier.config.domain.DocumentMetadata;

/**
 * Title, authors, publication date, canonical address, publisher and kind of a web page, from
 * the markup publishers add for search engines and social networks, best source first: JSON-LD
 * ({@code NewsArticle} and its kin), OpenGraph and {@code article:*} properties, Dublin Core and
 * other {@code <meta>} names, {@code <time>}, and last the date in the page's address.
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPE = Pattern.compile("(?i).*(Article|BlogPosting|Report)$");
    private static final Pattern NEWS_TYPE = Pattern.compile("(?i)(News|Reportage|Analysis|Opinion|Review|Report|Background)\\w*Article|BlogPosting");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");
    private static final List<Evaluator> DATE_META = selectors(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
            "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=DC.date]", "meta[name=dc.date]",
            "meta[name=dcterms.date]", "meta[name=dcterms.issued]", "meta[property=og:published_time]");
    private static final List<Evaluator> AUTHOR_META = selectors(
            "meta[name=author]", "meta[property=article:author]", "meta[name=DC.creator]", "meta[name=dc.creator]",
            "meta[name=dcterms.creator]", "meta[name=byl]", "meta[name=parsely-author]", "meta[name=sailthru.author]");
    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
    private static final Evaluator TWITTER_TITLE = QueryParser.parse("meta[name=twitter:title]");
    private static final Evaluator OG_URL = QueryParser.parse("meta[property=og:url]");
    private static final Evaluator OG_SITE_NAME = QueryParser.parse("meta[property=og:site_name]");
    private static final Evaluator APPLICATION_NAME = QueryParser.parse("meta[name=application-name]");
    private static final Evaluator OG_TYPE = QueryParser.parse("meta[property=og:type]");

    private PageMetadata() {
    }

    static DocumentMetadata of(Document page, String address) {
        JsonNode article = jsonLdArticle(page);
        // Some twenty selectors read <meta> elements: the page is walked once to gather them.
        List<Element> metas = page.getElementsByTag("meta");
        String title = first(text(article, "headline"), meta(metas, OG_TITLE), meta(metas, TWITTER_TITLE),
                page.title(), h1(page));
        List<String> authors = jsonLdAuthors(article);
        if (authors.isEmpty()) {
            authors = metaAuthors(page, metas);
        }
        Instant published = published(page, metas, article, address);
        String canonical = first(web(attr(page, "link[rel=canonical]", "abs:href")),
                web(meta(metas, OG_URL)), web(text(article, "url")));
        String publisher = first(article == null ? null : name(article.path("publisher")),
                meta(metas, OG_SITE_NAME), meta(metas, APPLICATION_NAME));
        return new DocumentMetadata(title, authors, published, canonical, publisher,
                kind(page, metas, article, published), null);
    }

    /** A news or blog article when the page says so, or shows an article with a date. */
    private static String kind(Document page, List<Element> metas, JsonNode article, Instant published) {
        if (article != null && NEWS_TYPE.matcher(types(article).toString()).find()) {
            return DocumentMetadata.NEWS_ARTICLE;
        }
        boolean articleMarkup = article != null || "article".equalsIgnoreCase(meta(metas, OG_TYPE))
                || page.selectFirst("article") != null;
        return articleMarkup && published != null ? DocumentMetadata.NEWS_ARTICLE : DocumentMetadata.OTHER;
    }

    private static Instant published(Document page, List<Element> metas, JsonNode article, String address) {
        List<String> candidates = new ArrayList<>();
        candidates.add(text(article, "datePublished"));
        for (Evaluator selector : DATE_META) {
            candidates.add(meta(metas, selector));
        }
        Element time = page.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        candidates.add(time == null ? null : time.attr("datetime"));
        candidates.add(text(article, "dateCreated"));
        for (String candidate : candidates) {
            Optional<Instant> date = PublicationDates.parse(candidate);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return dateInAddress(address);
    }

    /** "/2019/11/18/" or "/2019-11-18-" in the address, as news sites write them. */
    static Instant dateInAddress(String address) {
        if (address == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(address);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The first JSON-LD object typed as an article, looking inside {@code @graph} lists too. */
    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data().strip());
            } catch (Exception e) {
                continue;   // broken markup is common and says nothing about the article
            }
            JsonNode found = findArticle(root);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (String type : types(node)) {
            if (ARTICLE_TYPE.matcher(type).matches()) {
                return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static List<String> jsonLdAuthors(JsonNode article) {
        List<String> authors = new ArrayList<>();
        if (article == null) {
            return authors;
        }
        JsonNode author = article.path("author");
        if (author.isArray()) {
            author.forEach(a -> addName(authors, name(a)));
        } else {
            addName(authors, name(author));
        }
        return authors;
    }

    private static List<String> metaAuthors(Document page, List<Element> metas) {
        List<String> authors = new ArrayList<>();
        for (Evaluator selector : AUTHOR_META) {
            for (Element meta : metas) {
                if (meta.is(selector)) {
                    addName(authors, meta.attr("content"));
                }
            }
            if (!authors.isEmpty()) {
                return authors;
            }
        }
        for (Element link : page.select("a[rel=author], [itemprop=author] [itemprop=name], .byline [rel=author]")) {
            addName(authors, link.text());
        }
        return authors;
    }

    /** Adds a person's name; addresses (profile pages) and "By" are not names. */
    private static void addName(List<String> authors, String name) {
        if (name == null) {
            return;
        }
        String clean = name.strip().replaceFirst("(?i)^by\\s+", "");
        if (!clean.isEmpty() && !clean.contains("://") && clean.length() <= 100 && !authors.contains(clean)) {
            authors.add(clean);
        }
    }

    private static String name(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.path("name").isTextual() ? node.path("name").asText() : null;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.path(field);
        if (value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value.isTextual() ? value.asText() : null;
    }

    /** The content of the first of the page's {@code <meta>} elements that the selector matches. */
    private static String meta(List<Element> metas, Evaluator selector) {
        for (Element meta : metas) {
            if (meta.is(selector)) {
                return meta.attr("content");
            }
        }
        return null;
    }

    private static List<Evaluator> selectors(String... queries) {
        return Stream.of(queries).map(QueryParser::parse).toList();
    }

    private static String attr(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null ? null : element.attr(attribute);
    }

    /** Only a web address names a page's canonical home; a relative one read from a file does not. */
    private static String web(String address) {
        return address != null && address.matches("(?i)https?://\\S+") ? address : null;
    }

    private static String h1(Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
