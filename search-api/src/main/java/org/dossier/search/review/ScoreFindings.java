package org.dossier.search.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resolver's evidence for a score, as the findings an analyst reads: what each comparison
 * found and how much it moved the score, the strongest first. The resolver writes one line a
 * name feature ({@code edits +0.81 (9 edits)}) and one a context level ({@code time: same
 * period, +1.91 bits}); findings that moved nothing are left out, and so are the quoted
 * contexts, which the page shows beside each name.
 */
final class ScoreFindings {

    private static final Pattern NAME_FEATURE = Pattern.compile("^([a-z_]+) ([+-]\\d+\\.\\d+) \\((.*)\\)$");
    private static final Pattern CONTEXT_LEVEL = Pattern.compile("^([a-z -]+): (.*), ([+-]\\d+\\.\\d+) bits$");
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("same_words", "Same words"), Map.entry("tokens", "Words paired"),
            Map.entry("strong", "Close words"), Map.entry("weakest", "Least alike word"),
            Map.entry("compact", "Spelling, spaces aside"), Map.entry("edits", "Edits apart"),
            Map.entry("order", "Word order"), Map.entry("sounds", "Sound"), Map.entry("legal_form", "Legal form"),
            Map.entry("acronym", "Acronym"), Map.entry("extra", "Extra words"),
            Map.entry("differing", "Differing letters"), Map.entry("one_typo", "Typos"),
            Map.entry("two_typos", "Typos"), Map.entry("more_typos", "Typos"),
            Map.entry("co-mentioned names", "Named with the same people"), Map.entry("words around", "Words around"),
            Map.entry("time", "When mentioned"));

    /**
     * @param label what was compared
     * @param detail what it found
     * @param weight how far it moved the score (log-odds for names, bits for context), + towards "same"
     */
    public record Finding(String label, String detail, double weight) {

        public String weightText() {
            return String.format(Locale.ROOT, "%+.2f", weight);
        }

        public boolean forSame() {
            return weight > 0;
        }
    }

    private ScoreFindings() {
    }

    static List<Finding> of(List<String> evidence) {
        List<Finding> findings = new ArrayList<>();
        for (String line : evidence) {
            Matcher name = NAME_FEATURE.matcher(line.strip());
            Matcher context = CONTEXT_LEVEL.matcher(line.strip());
            if (name.matches()) {
                findings.add(new Finding(label(name.group(1)), name.group(3), Double.parseDouble(name.group(2))));
            } else if (context.matches()) {
                findings.add(new Finding(label(context.group(1)), context.group(2), Double.parseDouble(context.group(3))));
            }
        }
        return findings.stream().filter(f -> Math.abs(f.weight()) >= 0.005)
                .sorted(Comparator.comparingDouble((Finding f) -> Math.abs(f.weight())).reversed()).toList();
    }

    private static String label(String key) {
        String label = LABELS.get(key);
        if (label != null) {
            return label;
        }
        String words = key.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
