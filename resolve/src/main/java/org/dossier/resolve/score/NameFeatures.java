package org.dossier.resolve.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.dossier.resolve.normalize.NormalizedName;

/**
 * What two names have in common, measured several ways. Each feature gives a value from 0 to 1
 * and says what it saw; {@link NameModel} weighs them.
 */
public final class NameFeatures {

    public static final List<String> NAMES = List.of(
            "same_words", "tokens", "strong", "weakest", "compact", "edits", "order", "sounds", "legal_form", "acronym", "extra", "differing", "one_typo", "two_typos", "more_typos");

    /** How alike an initial and a word it begins are ("v" and "vladimir"). */
    static final double INITIAL = 0.9;
    /** How alike a short form and the word it begins are ("ben" and "benjamin"). */
    static final double SHORT_FORM = 0.75;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    /** Past this many edits, two words are simply different. */
    private static final int MAX_EDITS = 4;
    private static final Set<String> FILLER = Set.of("of", "the", "and", "for", "de", "la", "du", "des", "der", "und");

    private NameFeatures() {
    }

    public static List<FeatureResult> of(NormalizedName a, NormalizedName b) {
        boolean acronym = isAcronymOf(a.tokens(), b.tokens()) || isAcronymOf(b.tokens(), a.tokens());
        // An acronym stands for all the words it abbreviates.
        Alignment alignment = acronym ? Alignment.acronym(a.tokens(), b.tokens()) : Alignment.of(a.tokens(), b.tokens());
        List<FeatureResult> results = new ArrayList<>(NAMES.size());
        boolean sameWords = !a.isEmpty() && sorted(a.tokens()).equals(sorted(b.tokens()));
        results.add(new FeatureResult("same_words", sameWords ? 1 : 0, sameWords ? "the same words" : "different words"));
        results.add(new FeatureResult("tokens", alignment.dice(), alignment.describe()));
        results.add(new FeatureResult("strong", alignment.strongDice(), "share of words with a close match"));
        results.add(new FeatureResult("weakest", alignment.weakest(), "least alike word of the shorter name"));
        String sortedA = sorted(a.tokens());
        String sortedB = sorted(b.tokens());
        // Run together, in written order or sorted, whichever is closer: "SiemensAG", "Putin, Vladimir".
        String compactA = a.compact();
        String compactB = b.compact();
        String sortedCompactA = sortedA.replace(" ", "");
        String sortedCompactB = sortedB.replace(" ", "");
        results.add(new FeatureResult("compact", Math.max(JARO_WINKLER.apply(compactA, compactB),
                JARO_WINKLER.apply(sortedCompactA, sortedCompactB)), "Jaro-Winkler of " + compactA + " / " + compactB));
        int compactEdits = Math.min(LEVENSHTEIN.apply(compactA, compactB), LEVENSHTEIN.apply(sortedCompactA, sortedCompactB));
        int longest = Math.max(1, Math.max(compactA.length(), compactB.length()));
        results.add(new FeatureResult("edits", 1.0 - (double) compactEdits / longest, compactEdits + " edits"));
        results.add(new FeatureResult("order", JARO_WINKLER.apply(sortedA, sortedB), "words in any order"));
        results.add(new FeatureResult("sounds", alignment.sounds(), "share of paired words that sound alike"));
        results.add(legalForm(a.legalForms(), b.legalForms()));
        results.add(new FeatureResult("acronym", acronym ? 1 : 0, acronym ? "one is the other's initials" : "no acronym"));
        int extra = Math.abs(a.tokens().size() - b.tokens().size());
        results.add(new FeatureResult("extra", (double) extra / Math.max(1, Math.max(a.tokens().size(), b.tokens().size())),
                extra + " word(s) more on one side"));
        results.add(new FeatureResult("differing", alignment.differing(), "share of letters in words unlike their pair"));
        // One typo is a slip; three are another word: a step for each, which a linear model cannot draw from one value.
        int edits = alignment.worstEdits();
        String typos = "most edits between two paired words: " + edits;
        results.add(new FeatureResult("one_typo", edits == 1 ? 1 : 0, typos));
        results.add(new FeatureResult("two_typos", edits == 2 ? 1 : 0, typos));
        results.add(new FeatureResult("more_typos", edits >= 3 ? 1 : 0, typos));
        return results;
    }

    /** How alike two words are: the same, an initial of the other, a short form of it, or by Jaro-Winkler. */
    static double wordSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() == 1) {
            return longer.startsWith(shorter) ? INITIAL : 0.0;
        }
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            return SHORT_FORM;
        }
        return JARO_WINKLER.apply(a, b);
    }

    private static FeatureResult legalForm(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return new FeatureResult("legal_form", a.isEmpty() && b.isEmpty() ? 1 : 0.5,
                    a.isEmpty() && b.isEmpty() ? "no legal form" : "legal form on one side only");
        }
        boolean shared = a.stream().anyMatch(b::contains);
        return new FeatureResult("legal_form", shared ? 1 : 0, a + (shared ? " ~ " : " != ") + b);
    }

    /** "PLA" and "People's Liberation Army"; "Interpol" is not the initials of anything and stays false. */
    private static boolean isAcronymOf(List<String> acronym, List<String> words) {
        if (acronym.size() != 1 || words.size() < 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder significant = new StringBuilder();
        for (String word : words) {
            all.append(word.charAt(0));
            if (!FILLER.contains(word)) {
                significant.append(word.charAt(0));
            }
        }
        String candidate = acronym.get(0);
        return candidate.equals(all.toString()) || candidate.equals(significant.toString());
    }

    private static String sorted(List<String> tokens) {
        String[] words = tokens.toArray(String[]::new);
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** The best one-to-one pairing of the words of two names, greedily by similarity. */
    private record Alignment(List<String> pairs, double matched, int strong, int sounding, int sizeA, int sizeB,
                             double weakest, double differing, int worstEdits) {

        /** Words this alike are the same word written differently. */
        static final double CLOSE = 0.9;

        static Alignment acronym(List<String> a, List<String> b) {
            int words = Math.max(a.size(), b.size());
            return new Alignment(List.of(String.join(" ", a) + " = " + String.join(" ", b) + " (acronym)"),
                    words, words, words, words, words, 1, 0, 0);
        }

        static Alignment of(List<String> a, List<String> b) {
            if (a.isEmpty() || b.isEmpty()) {
                return new Alignment(List.of(), 0, 0, 0, a.size(), b.size(), 0, 1, MAX_EDITS);
            }
            double[][] similarity = new double[a.size()][b.size()];
            for (int i = 0; i < a.size(); i++) {
                for (int j = 0; j < b.size(); j++) {
                    similarity[i][j] = wordSimilarity(a.get(i), b.get(j));
                }
            }
            boolean[] usedA = new boolean[a.size()];
            boolean[] usedB = new boolean[b.size()];
            List<String> pairs = new ArrayList<>();
            double matched = 0;
            double weakest = 1;
            int strong = 0;
            int sounding = 0;
            double unlikeLetters = 0;
            int worstEdits = 0;
            double letters = 0;
            for (int n = Math.min(a.size(), b.size()); n > 0; n--) {
                int bestI = -1;
                int bestJ = -1;
                for (int i = 0; i < a.size(); i++) {
                    for (int j = 0; j < b.size(); j++) {
                        if (!usedA[i] && !usedB[j] && (bestI < 0 || similarity[i][j] > similarity[bestI][bestJ])) {
                            bestI = i;
                            bestJ = j;
                        }
                    }
                }
                usedA[bestI] = true;
                usedB[bestJ] = true;
                double s = similarity[bestI][bestJ];
                matched += s;
                weakest = Math.min(weakest, s);
                strong += s >= CLOSE ? 1 : 0;
                sounding += soundAlike(a.get(bestI), b.get(bestJ)) ? 1 : 0;
                int length = Math.max(a.get(bestI).length(), b.get(bestJ).length());
                unlikeLetters += (1 - s) * length;
                // An initial or a short form is no typo; any other unequal pair counts its edits.
                if (s < 1 && s != INITIAL && s != SHORT_FORM) {
                    worstEdits = Math.max(worstEdits, LEVENSHTEIN.apply(a.get(bestI), b.get(bestJ)));
                }
                letters += length;
                pairs.add(a.get(bestI) + (s == 1.0 ? " = " : " ~ ") + b.get(bestJ)
                        + (s == 1.0 ? "" : String.format(Locale.ROOT, " %.2f", s)));
            }
            return new Alignment(pairs, matched, strong, sounding, a.size(), b.size(), weakest, unlikeLetters / letters,
                    worstEdits);
        }

        double dice() {
            return sizeA + sizeB == 0 ? 0 : 2 * matched / (sizeA + sizeB);
        }

        double strongDice() {
            return sizeA + sizeB == 0 ? 0 : 2.0 * strong / (sizeA + sizeB);
        }

        double sounds() {
            int paired = Math.min(sizeA, sizeB);
            return paired == 0 ? 0 : (double) sounding / paired;
        }

        String describe() {
            return pairs.isEmpty() ? "no words to pair" : String.join(", ", pairs);
        }
    }

    private static boolean soundAlike(String a, String b) {
        return a.equals(b) || METAPHONE.isDoubleMetaphoneEqual(a, b);
    }
}
