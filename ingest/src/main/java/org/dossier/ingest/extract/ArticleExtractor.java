package org.dossier.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main text of a news page, without menus, teasers, share buttons and comments.
 *
 * <p>Paragraphs vote for the element that holds them (fully for their parent, less for
 * ancestors further up), weighted by length and commas; the element with the best score,
 * discounted by how much of its text is links, is the article. Its siblings that hold prose
 * join it (pages often split a story into several containers). Inside, blocks that are mostly
 * links or named like page furniture are dropped before the text is read block by block.
 */
public class ArticleExtractor {

    private static final String NOISE = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, input, select, textarea, nav, aside, footer, header, menu, dialog, figure, picture, video, audio";
    private static final Pattern UNLIKELY = Pattern.compile(
            "banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|foot|header|legends|menu|related"
            + "|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|ad-break|agegate|pagination|pager"
            + "|popup|yom-remote|share|sharing|newsletter|subscri|signup|promo|outbrain|taboola|cookie|consent"
            + "|recommend|trending|most-?popular|read-?more|tags|toolbar|masthead|byline|author|caption|credit");
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|text|post");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
            + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
            + "|tool|widget|byline|author|caption|newsletter|subscri");
    /** Deeper than real pages nest (they stay well under 100 levels). */
    private static final int MAX_DEPTH = 200;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCKS = Set.of("address", "article", "blockquote", "dd", "div", "dl", "dt",
            "fieldset", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre",
            "section", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "br");

    /** The article's text, one paragraph per block, paragraphs separated by a blank line. */
    public String extract(Document page) {
        Element body = page.body() == null ? null : page.body().clone();
        if (body == null) {
            return "";
        }
        clean(body);
        Map<Element, Double> scores = scores(body);
        Element top = best(scores, body);
        List<Element> parts = top == null ? List.of(body) : withSiblings(top, scores);
        StringBuilder text = new StringBuilder();
        for (Element part : parts) {
            dropFurniture(part);
            appendBlocks(part, text);
        }
        return text.toString().strip();
    }

    private static void clean(Element body) {
        flatten(body);
        body.select(NOISE).remove();
        body.select("[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none|visibility:\\s*hidden]").remove();
        // A wrapper named "sidebar" that holds most of the page is the layout, not a sidebar.
        int wrapper = body.text().length() / 3;
        // A page repeats its few class names over hundreds of elements: each is matched once.
        Map<String, Boolean> unlikelyNames = new HashMap<>();
        for (Element element : body.select("*")) {
            if (element.parent() == null || element == body || element.tagName().equals("article")
                    || element.tagName().equals("main")) {
                continue;
            }
            String names = names(element);
            if (!names.isEmpty() && unlikelyNames.computeIfAbsent(names, ArticleExtractor::unlikely)
                    && !element.is("a") && element.selectFirst("article, main") == null
                    && element.text().length() < wrapper) {
                element.remove();
            }
        }
    }

    private static boolean unlikely(String names) {
        return UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find();
    }

    /**
     * Unwraps the elements nested deeper than any real page goes, keeping their text: the scoring
     * below compares elements with their ancestors, which on a page nested 20,000 deep would take
     * minutes.
     */
    private static void flatten(Element body) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (depth > MAX_DEPTH && node instanceof Element element) {
                tooDeep.add(element);
            }
        }, body);
        tooDeep.forEach(Element::unwrap);
    }

    /** Every element that holds paragraphs, scored by them, links discounted. */
    private static Map<Element, Double> scores(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : paragraphs(body)) {
            String text = inlineText(paragraph);
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element ancestor = paragraph.parent();
            for (int level = 0; ancestor != null && ancestor != body.parent() && level < 4;
                    level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                // An element's own score is counted once, when a first paragraph reaches it.
                Double sum = scores.get(ancestor);
                scores.put(ancestor, (sum == null ? initial(ancestor) : sum) + score * share);
            }
        }
        scores.replaceAll((element, score) -> score * (1 - linkDensity(element)));
        return scores;
    }

    /**
     * The best-scoring element, moved up to the container when the story is split over several
     * blocks that score almost as well (a column per few paragraphs) or wrapped in a lone child.
     */
    private static Element best(Map<Element, Double> scores, Element body) {
        List<Map.Entry<Element, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(5).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() <= 0) {
            return null;
        }
        Element top = ranked.get(0).getKey();
        double topScore = ranked.get(0).getValue();
        List<Element> close = ranked.stream().skip(1).filter(e -> e.getValue() >= 0.75 * topScore)
                .map(Map.Entry::getKey).toList();
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            Element container = ancestor;
            if (close.stream().filter(c -> c != container && c.parents().contains(container)).count() >= 2) {
                top = container;
                break;
            }
        }
        while (top.parent() != null && top.parent() != body && top.parent().children().size() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** Paragraph-like elements: paragraphs, and any block that holds running text of its own. */
    private static List<Element> paragraphs(Element root) {
        List<Element> paragraphs = new ArrayList<>();
        for (Element element : root.select("*")) {
            if (PARAGRAPHS.contains(element.tagName())
                    || BLOCKS.contains(element.tagName()) && element.textNodes().stream().anyMatch(t -> !t.isBlank())) {
                paragraphs.add(element);
            }
        }
        return paragraphs;
    }

    /** The element's text outside its block children: its own paragraph. */
    private static String inlineText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                text.append(textNode.text());
            } else if (child instanceof Element inline && !BLOCKS.contains(inline.tagName())) {
                text.append(inline.text());
            }
        }
        return text.toString().strip();
    }

    private static double initial(Element element) {
        double score = switch (element.tagName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = names(element);
        if (!names.isEmpty()) {
            if (NEGATIVE.matcher(names).find()) {
                score -= 25;
            }
            if (POSITIVE.matcher(names).find()) {
                score += 25;
            }
        }
        return score;
    }

    /** The top element and the siblings that read like part of the same story. */
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, scores.getOrDefault(top, 0.0) * 0.2);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                parts.add(sibling);
                continue;
            }
            String text = sibling.text();
            double links = linkDensity(sibling);
            boolean prose = sibling.is("p") && (text.length() > 80 && links < 0.25
                    || text.length() > 0 && links == 0 && text.matches("(?s).*\\.( |$).*"));
            if (prose || scores.getOrDefault(sibling, 0.0) >= threshold) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    /** Removes lists of links and short blocks named like page furniture inside the article. */
    private static void dropFurniture(Element root) {
        int most = root.text().length() / 2;
        for (Element element : root.select("div, section, ul, ol, table, dl")) {
            if (element.parent() == null || element == root) {
                continue;
            }
            String text = element.text();
            double links = linkDensity(element);
            int paragraphs = element.select("p").size();
            boolean linkList = links > 0.5 || links > 0.25 && paragraphs < 2;
            boolean named = !names(element).isEmpty() && NEGATIVE.matcher(names(element)).find()
                    && !POSITIVE.matcher(names(element)).find();
            if (linkList || named && text.length() < Math.min(500, most)) {
                element.remove();
            }
        }
    }

    /** Text of the root, a paragraph per block element, inline elements run together. */
    private static void appendBlocks(Element root, StringBuilder text) {
        StringBuilder paragraph = new StringBuilder();
        walk(root, paragraph, text);
        flush(paragraph, text);
    }

    /** Iterative, so that a page nested thousands of elements deep costs no stack. */
    private static void walk(Element root, StringBuilder paragraph, StringBuilder text) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    paragraph.append(textNode.getWholeText());
                } else if (node != root && isBlock(node)) {
                    flush(paragraph, text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root && isBlock(node)) {
                    flush(paragraph, text);
                }
            }
        }, root);
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.tagName());
    }

    private static void flush(StringBuilder paragraph, StringBuilder text) {
        String clean = SPACES.matcher(paragraph).replaceAll(" ").strip();
        paragraph.setLength(0);
        if (!clean.isEmpty()) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(clean);
        }
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : element.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / length);
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
        return commas;
    }

    /** An element's class and id, in lower case: the patterns are matched case-sensitively, which is faster. */
    private static String names(Element element) {
        return (element.className() + " " + element.id()).strip().toLowerCase(Locale.ROOT);
    }
}
