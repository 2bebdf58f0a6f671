package org.dossier.search.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.unbescape.html.HtmlEscape;

/**
 * Cuts a text into pieces, plain or marked, so that a page can show the marked ones as links,
 * every piece escaped. Where two marks overlap, the earlier one wins. The HTML is written here
 * rather than by the template: a 99-page report has thousands of pieces, and a template spends
 * several expressions on each.
 */
public final class TextSegments {

    private TextSegments() {
    }

    /**
     * @param style a CSS class for the kind of mark (person, organization, location, figure)
     * @param href where the mark leads, or null
     * @param title what a pointer over it says
     */
    public record Mark(int start, int end, String style, String href, String title) {
    }

    /** @param mark null for plain text */
    public record Segment(String text, Mark mark) {
    }

    /**
     * The text as HTML: plain pieces escaped, marked ones as {@code <a>} (with a link) or
     * {@code <mark>}, with their style and title; everything that comes from the document escaped.
     */
    public static String html(String text, List<Mark> marks) {
        StringBuilder html = new StringBuilder(text.length() + marks.size() * 80);
        for (Segment segment : of(text, marks)) {
            Mark mark = segment.mark();
            if (mark == null) {
                html.append(escape(segment.text()));
                continue;
            }
            String tag = mark.href() != null ? "a" : "mark";
            html.append('<').append(tag);
            if (mark.href() != null) {
                html.append(" href=\"").append(escape(mark.href())).append('"');
            }
            html.append(" class=\"mark ").append(escape(mark.style())).append("\" title=\"")
                    .append(escape(mark.title())).append("\">").append(escape(segment.text()))
                    .append("</").append(tag).append('>');
        }
        return html.toString();
    }

    /** Escapes the characters that are markup in text and in a quoted attribute: {@code & < > " '}. */
    private static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }

    public static List<Segment> of(String text, List<Mark> marks) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        List<Mark> ordered = marks.stream()
                .filter(m -> m.start() >= 0 && m.end() <= text.length() && m.start() < m.end())
                .sorted(Comparator.comparingInt(Mark::start).thenComparing(m -> -m.end())).toList();
        for (Mark mark : ordered) {
            if (mark.start() < at) {
                continue;
            }
            if (mark.start() > at) {
                segments.add(new Segment(text.substring(at, mark.start()), null));
            }
            segments.add(new Segment(text.substring(mark.start(), mark.end()), mark));
            at = mark.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}
