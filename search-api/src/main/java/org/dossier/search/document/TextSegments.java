package org.dossier.search.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a text into pieces, plain or marked, so that a page can show the marked ones as links
 * while the template escapes every piece. Where two marks overlap, the earlier one wins.
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
