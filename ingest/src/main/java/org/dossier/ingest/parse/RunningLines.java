package org.dossier.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what a paged document repeats on its pages rather than says: running headers and
 * footers (a line found at the top or bottom of at least half of the pages, numbers aside, as
 * in "Congressional Research Service 12" or "Strategy12") and page numbers ("7", "Page 7 of 30", "- 7 -").
 * Running lines stay on the first page (on a cover, that is the title). The pages are then
 * joined so that a paragraph broken by a page break reads on.
 */
final class RunningLines {

    /** How many lines at each end of a page may be a header or footer. */
    private static final int EDGE = 3;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(page\\s+)?[-–—(\\[]?\\s*"
            + "([0-9]{1,4}|(?=[ivx])x{0,3}(ix|iv|v?i{0,3}))"
            + "\\s*[-–—)\\]]?(\\s+(of|/)\\s+[0-9]{1,5})?");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private RunningLines() {
    }

    static String remove(List<String> pages) {
        return String.join("", kept(pages));
    }

    /** The pages without their running lines, each line ending in a line break. */
    static List<String> kept(List<String> pages) {
        List<List<String>> lines = new ArrayList<>();
        for (String page : pages) {
            lines.add(new ArrayList<>(List.of(page.split("\n", -1))));
        }
        Set<String> running = running(lines);
        List<String> kept = new ArrayList<>();
        for (int p = 0; p < lines.size(); p++) {
            StringBuilder text = new StringBuilder();
            List<String> page = lines.get(p);
            boolean cover = p == 0;
            Set<Integer> edges = edges(page);
            for (int i = 0; i < page.size(); i++) {
                String line = page.get(i);
                String trimmed = line.strip();
                String shape = shape(trimmed);
                // A running title stays on the first page: on a cover it is the title.
                boolean drop = edges.contains(i) && (PAGE_NUMBER.matcher(trimmed).matches()
                        || running.contains(shape) && !cover);
                if (!drop) {
                    text.append(line).append('\n');
                }
            }
            kept.add(text.toString());
        }
        return kept;
    }

    /** Line shapes found at an edge of at least half of the pages (and of three at least). */
    private static Set<String> running(List<List<String>> pages) {
        if (pages.size() < 3) {
            return Set.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            Set<String> onPage = new HashSet<>();
            for (int i : edges(page)) {
                String shape = shape(page.get(i).strip());
                // Lines of figures alone (the last row of a table on every page) run on no page.
                if (shape.chars().anyMatch(Character::isLetter)) {
                    onPage.add(shape);
                }
            }
            onPage.forEach(shape -> counts.merge(shape, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        counts.forEach((shape, count) -> {
            if (count >= Math.max(3, pages.size() / 2)) {
                running.add(shape);
            }
        });
        return running;
    }

    /** Indexes of the first and last few non-blank lines of a page. */
    private static Set<Integer> edges(List<String> page) {
        Set<Integer> edges = new HashSet<>();
        int found = 0;
        for (int i = 0; i < page.size() && found < EDGE; i++) {
            if (!page.get(i).isBlank()) {
                edges.add(i);
                found++;
            }
        }
        found = 0;
        for (int i = page.size() - 1; i >= 0 && found < EDGE; i--) {
            if (!page.get(i).isBlank()) {
                edges.add(i);
                found++;
            }
        }
        return edges;
    }

    /**
     * A line without its numbers, its spaces single: "Congressional Research Service". A page
     * number set close to the text runs into it ("Financing12", "32024 ◆ Strategy"), so numbers
     * go rather than stand for a word of their own.
     */
    private static String shape(String line) {
        return DIGITS.matcher(line).replaceAll("").replaceAll("\\s+", " ").strip();
    }
}
