package org.dossier.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown read as the text it stands for: headings, list items, quotes and table rows as
 * paragraphs of their own, the lines of a paragraph joined (Markdown wraps them as it likes),
 * bullets, emphasis, code marks and link targets left out, rules and table separators dropped. A table
 * row keeps its cells apart with {@code " | "}, as table rows of other formats do.
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*([-*+]|\\d{1,3}[.)])\\s+.*");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s*>\\s?");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+]:\\s+\\S+.*$");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->");

    private MarkdownText() {
    }

    /** The text of a Markdown document, paragraphs separated by blank lines. */
    static String of(String markdown) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean fenced = false;
        for (String line : HTML_COMMENT.matcher(markdown).replaceAll("").split("\\R")) {
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                flush(paragraph, paragraphs);
                continue;
            }
            if (fenced) {
                paragraphs.add(line.stripTrailing());
                continue;
            }
            line = QUOTE.matcher(line).replaceFirst("");
            var heading = HEADING.matcher(line);
            if (line.isBlank() || RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()
                    || TABLE_SEPARATOR.matcher(line).matches()) {
                flush(paragraph, paragraphs);
            } else if (SETEXT.matcher(line).matches() && !paragraph.isEmpty()) {
                flush(paragraph, paragraphs); // the line above was a heading
            } else if (heading.matches()) {
                flush(paragraph, paragraphs);
                paragraphs.add(inline(heading.group(1)));
            } else if (line.strip().startsWith("|")) {
                flush(paragraph, paragraphs);
                paragraphs.add(row(line));
            } else {
                if (LIST_ITEM.matcher(line).matches()) {
                    flush(paragraph, paragraphs);
                    line = BULLET.matcher(line).replaceFirst(""); // a numbered item keeps its number
                }
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(paragraph, paragraphs);
        return String.join("\n\n", paragraphs.stream().filter(p -> !p.isBlank()).toList());
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (!paragraph.isEmpty()) {
            paragraphs.add(inline(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static String row(String line) {
        String cells = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
        return String.join(" | ", java.util.Arrays.stream(cells.split("(?<!\\\\)\\|")).map(String::strip)
                .map(MarkdownText::inline).toList());
    }

    /** Inline marks off, what they mark kept: a link's words without its target, an image's description. */
    private static String inline(String text) {
        text = IMAGE.matcher(text).replaceAll("$1");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = AUTOLINK.matcher(text).replaceAll("$1");
        text = CODE.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        return text.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])", "$1").replaceAll("[ \\t]+", " ").strip();
    }
}
