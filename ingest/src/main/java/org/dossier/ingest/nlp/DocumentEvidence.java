package org.dossier.ingest.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about its own words, the evidence a name is judged by rather than its
 * capitals: which words it also writes in lower case ("governance failures" somewhere makes
 * "Governance Failures" a phrase), which lines are headings, which acronyms it spells out
 * ("anti-money laundering (AML)") and which terms it defines in brackets ({@code (the “Relevant
 * Period”)}).
 */
final class DocumentEvidence {

    /** Words that join a name's words and say nothing of it. */
    static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "to", "a", "an", "at",
            "by", "de", "la", "le", "del", "da", "di", "van", "von", "der", "y", "&");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’]*");
    private static final Pattern ACRONYM_IN_BRACKETS = Pattern.compile("\\(([A-Z][A-Za-z&]*[A-Z]s?)\\)");
    /** An acronym written first and spelled out in the bracket after it: "DRM (digital rights management, ...)". */
    private static final Pattern ACRONYM_THEN_BRACKET = Pattern.compile("\\b([A-Z][A-Za-z&]*[A-Z]s?) \\(([^()\\n]{3,200})");
    private static final Pattern DEFINED_TERM = Pattern.compile(
            "\\((?:(?:hereinafter|collectively|together|each|individually)[ ,]+)?(?:the |a |an )?[“\"]([^”\"\\n]{2,60})[”\"]");
    private static final int MAX_HEADING_WORDS = 20;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    /** What may stand between an acronym's words and its bracket: spaces, or the quote closing a term. */
    private static final Pattern CLOSING = Pattern.compile("[\"”’']?\\s*");
    /** A word that may give two letters of an acronym is a compound's length at least. */
    private static final int MIN_COMPOUND = 8;

    /** An acronym the document spells out: its letters, and where the words it stands for are. */
    record Definition(String acronym, int start, int end, String expansion) {
    }

    /** A term the document defines in brackets, and where the bracket opens. */
    record DefinedTerm(String term, int bracket) {
    }

    private final String text;
    private final Set<String> lowerCase = new HashSet<>();
    private final List<int[]> headings = new ArrayList<>();
    private final List<int[]> body = new ArrayList<>();
    /** The body lines, spacing folded and in lower case, made when first asked. */
    private String bodyText;
    private final Map<String, Definition> definitions = new HashMap<>();
    private final List<DefinedTerm> definedTerms = new ArrayList<>();

    private DocumentEvidence(String text) {
        this.text = text;
    }

    static DocumentEvidence of(String text) {
        DocumentEvidence evidence = new DocumentEvidence(text);
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            String w = word.group();
            if (w.equals(w.toLowerCase(Locale.ROOT))) {
                evidence.lowerCase.add(w);
            }
        }
        evidence.readLines();
        evidence.readDefinitions();
        return evidence;
    }

    /** Whether the document writes this word in lower case somewhere (case-insensitive on the word given). */
    boolean writesInLowerCase(String word) {
        return lowerCase.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the text from start to end lies on a heading line. */
    boolean onHeading(int start, int end) {
        for (int[] line : headings) {
            if (start >= line[0] && end <= line[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words appear (case and spacing aside) on a line that is not a heading. */
    boolean inBody(String words) {
        if (bodyText == null) {
            StringBuilder lines = new StringBuilder();
            // Lines stay apart: a name is in the body when one line has it.
            body.forEach(line -> lines.append(text, line[0], line[1]).append('\0'));
            bodyText = SPACES.matcher(lines).replaceAll(" ").toLowerCase(Locale.ROOT);
        }
        return bodyText.contains(SPACES.matcher(words).replaceAll(" ").toLowerCase(Locale.ROOT));
    }

    /** The definition of an acronym (its plural too: "SARs" is "SAR"), or null. */
    Definition definitionOf(String acronym) {
        return definitions.get(singular(acronym));
    }

    /** "SARs" is "SAR"; "FinCEN" stays. */
    static String singular(String acronym) {
        return acronym.length() > 2 && acronym.endsWith("s") && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
                ? acronym.substring(0, acronym.length() - 1) : acronym;
    }

    List<DefinedTerm> definedTerms() {
        return definedTerms;
    }

    /**
     * A heading is a short line standing alone (a blank line or the text's edge before it),
     * without a sentence's closing punctuation, most of whose words begin with a capital. Three
     * or more such lines in a row are a list or a table (a scorecard, a list of names), not headings.
     */
    private void readLines() {
        List<int[]> run = new ArrayList<>();
        int start = 0;
        boolean blankBefore = true;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                if ((blankBefore || !run.isEmpty()) && isHeading(line)) {
                    run.add(new int[] {start, end});
                } else {
                    endRun(run);
                    body.add(new int[] {start, end});
                }
            }
            blankBefore = line.isEmpty();
            start = end + 1;
        }
        endRun(run);
    }

    private void endRun(List<int[]> run) {
        (run.size() <= 2 ? headings : body).addAll(run);
        run.clear();
    }

    static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        // A heading may be numbered ("1.2 Background"); a line of figures or brackets is a table's or a list's.
        if (".,;!\"”".indexOf(last) >= 0 || line.indexOf('(') >= 0 || NUMBER.matcher(line).results().count() > 1) {
            return false;
        }
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(line);
        while (word.find()) {
            words.add(word.group());
        }
        if (words.isEmpty() || words.size() > MAX_HEADING_WORDS) {
            return false;
        }
        long content = words.stream().filter(w -> !FUNCTION_WORDS.contains(w)).count();
        long capitalised = words.stream().filter(w -> !FUNCTION_WORDS.contains(w) && Character.isUpperCase(w.charAt(0))).count();
        return content > 0 && capitalised * 10 >= content * 8;
    }

    /** Acronyms in brackets whose letters are the initials of the words right before them. */
    private void readDefinitions() {
        Matcher m = ACRONYM_IN_BRACKETS.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            String letters = singular(acronym);
            int from = expansionStart(m.start(), letters.replaceAll("[^A-Z]", ""));
            if (from >= 0 && !definitions.containsKey(letters)) {
                int end = m.start();
                while (end > from && (Character.isWhitespace(text.charAt(end - 1)) || "\"”’'".indexOf(text.charAt(end - 1)) >= 0)) {
                    end--;
                }
                definitions.put(letters, new Definition(letters, from, end, text.substring(from, end)));
            }
        }
        Matcher after = ACRONYM_THEN_BRACKET.matcher(text);
        while (after.find()) {
            String letters = singular(after.group(1));
            int[] expansion = expansionAfter(after.start(2), after.end(2), letters.replaceAll("[^A-Z]", ""));
            if (expansion != null && !definitions.containsKey(letters)) {
                definitions.put(letters, new Definition(letters, expansion[0], expansion[1],
                        text.substring(expansion[0], expansion[1])));
            }
        }
        Matcher t = DEFINED_TERM.matcher(text);
        while (t.find()) {
            definedTerms.add(new DefinedTerm(t.group(1).strip(), t.start()));
        }
    }

    /**
     * Where the words the letters stand for begin, walking back from the bracket: each word (each
     * part of a hyphenated one) gives its initial, joining words like "of" may give none; -1 when
     * they do not fit.
     */
    private int expansionStart(int bracket, String letters) {
        List<int[]> words = new ArrayList<>();
        int from = Math.max(0, bracket - 200);
        Matcher word = LETTERS.matcher(text.substring(from, bracket));
        while (word.find()) {
            words.add(new int[] {from + word.start(), from + word.end()});
        }
        // Nothing but spaces, or the quote that closes a term, between the last word and the bracket.
        if (words.isEmpty() || !CLOSING.matcher(text.substring(words.get(words.size() - 1)[1], bracket)).matches()
                || letters.isEmpty()) {
            return -1;
        }
        int first = fit(words, words.size() - 1, letters.length() - 1, letters);
        return first < 0 ? -1 : words.get(first)[0];
    }

    /**
     * Where the words the letters stand for lie when the bracket opening at from spells them out
     * from its first word on, or null: words that fit and end a phrase (the bracket closes, or a
     * comma or colon follows), since a long word may give two letters and so fit too soon.
     */
    private int[] expansionAfter(int from, int to, String letters) {
        List<int[]> words = new ArrayList<>();
        Matcher word = LETTERS.matcher(text.substring(from, to));
        while (word.find()) {
            words.add(new int[] {from + word.start(), from + word.end()});
        }
        if (words.isEmpty() || letters.isEmpty() || !CLOSING.matcher(text.substring(from, words.get(0)[0])).matches()) {
            return null;
        }
        for (int last = 0; last < words.size() && last < 3 * letters.length(); last++) {
            String rest = text.substring(words.get(last)[1], to).strip();
            if ((rest.isEmpty() || ",;:".indexOf(rest.charAt(0)) >= 0) && fit(words, last, letters.length() - 1, letters) == 0) {
                return new int[] {words.get(0)[0], words.get(last)[1]};
            }
        }
        return null;
    }

    /**
     * The index of the first word when words up to i give letters up to need, or -1. A word gives
     * its initial, and may give one more letter from inside it, as a compound does
     * ("rulemaking" gives the R and M of "NPRM").
     */
    private int fit(List<int[]> words, int i, int need, String letters) {
        if (i < 0) {
            return -1;
        }
        String w = text.substring(words.get(i)[0], words.get(i)[1]);
        boolean joining = FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
        if (joining && need < letters.length() - 1) {
            int skipped = fit(words, i - 1, need, letters);
            if (skipped >= 0) {
                return skipped;
            }
        }
        if (need > 0 && !joining && w.length() >= MIN_COMPOUND
                && Character.toUpperCase(w.charAt(0)) == letters.charAt(need - 1)
                && w.toUpperCase(Locale.ROOT).indexOf(letters.charAt(need), 2) > 0) {
            int compound = need == 1 ? i : fit(words, i - 1, need - 2, letters);
            if (compound >= 0) {
                return compound;
            }
        }
        if (Character.toUpperCase(w.charAt(0)) != letters.charAt(need)) {
            return -1;
        }
        return need == 0 ? i : fit(words, i - 1, need - 1, letters);
    }
}
