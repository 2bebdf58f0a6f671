package org.dossier.resolve.score;

import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NormalizedName;

/**
 * Whether two names could be one entity's at all, by the forms names take: a person with the
 * same surname and compatible first names (an initial, a middle name more or less, a spelling
 * variant), an organisation and its acronym of three letters or more, an organisation's name with
 * its parent body in front ("U.S. Department of Justice", "Department of Justice"), or a spelling
 * variant word by word.
 * A pair without such evidence is neither merged on its score nor put to analysts: an analyst
 * answers "Putin or Biden?" and "SEC or SIG?" at a glance.
 */
public final class SameNameEvidence {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final Set<String> JOINING = Set.of("of", "the", "and", "for", "in", "on", "a", "an", "to");
    /** How alike two spellings of one word are at least ("Zelensky", "Zelenskyy"). */
    private static final double VARIANT = 0.85;

    private SameNameEvidence() {
    }

    public static boolean plausible(NormalizedName a, NormalizedName b) {
        if (a.kind() != b.kind() || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.tokens().equals(b.tokens())) {
            return true;
        }
        return a.kind() == NameKind.PERSON ? samePerson(a.tokens(), b.tokens()) : sameOrganisation(a.tokens(), b.tokens());
    }

    /** Surnames alike, and each first name of the shorter fits one of the longer's (or is missing). */
    private static boolean samePerson(List<String> a, List<String> b) {
        String surnameA = a.get(a.size() - 1);
        String surnameB = b.get(b.size() - 1);
        // A lone word has only its spelling to go by: it must be the other's surname exactly ("Black", "Block").
        if ((a.size() == 1 || b.size() == 1) ? !surnameA.equals(surnameB) : !alike(surnameA, surnameB)) {
            return false;
        }
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        List<String> givenLonger = longer.subList(0, longer.size() - 1);
        for (String given : shorter.subList(0, shorter.size() - 1)) {
            if (givenLonger.stream().noneMatch(other -> compatible(given, other))) {
                return false;
            }
        }
        return true;
    }

    /** An initial fits its name; a name fits a spelling variant or a short form of it ("Joe", "Joseph"). */
    private static boolean compatible(String a, String b) {
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        // Short given names differ by a letter and stay one ("Ana", "Anna").
        if (a.charAt(0) == b.charAt(0) && LEVENSHTEIN.apply(a, b) <= 1) {
            return true;
        }
        return alike(a, b) || a.charAt(0) == b.charAt(0) && (a.startsWith(b.substring(0, Math.min(3, b.length())))
                && Math.min(a.length(), b.length()) <= 4);
    }

    private static boolean sameOrganisation(List<String> a, List<String> b) {
        List<String> contentA = a.stream().filter(w -> !JOINING.contains(w)).toList();
        List<String> contentB = b.stream().filter(w -> !JOINING.contains(w)).toList();
        if (contentA.isEmpty() || contentB.isEmpty()) {
            return false;
        }
        // "fatf" for "financial action task force"; "doj" for "department of justice", joining words in.
        if (isAcronymOf(contentA, contentB) || isAcronymOf(contentB, contentA)
                || isAcronymOf(contentA, b) || isAcronymOf(contentB, a)) {
            return true;
        }
        List<String> shorter = contentA.size() <= contentB.size() ? contentA : contentB;
        List<String> longer = shorter == contentA ? contentB : contentA;
        // The name with its parent body in front ("U.S. Department of Justice", "Treasury Office of
        // ..."); words put in the middle or at the end name another body ("House Intelligence Committee").
        if (shorter.size() >= 2 && longer.subList(longer.size() - shorter.size(), longer.size()).equals(shorter)
                && !ofTheRest(shorter == contentA ? b : a, shorter)) {
            return true;
        }
        if (shorter.size() != longer.size()) {
            return false;
        }
        if (shorter.size() == 1) {
            // One word each is no evidence: "Labor" and "Labour", "Justice" and "Justices", "HFO" and "HSO".
            return false;
        }
        for (int i = 0; i < shorter.size(); i++) {
            if (!alike(shorter.get(i), longer.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the longer name joins its ending on with "of" ("Command Centre of the Coast Guard"): a part of that body. */
    private static boolean ofTheRest(List<String> longer, List<String> ending) {
        int start = longer.size() - 1;
        for (int matched = ending.size() - 1; matched >= 0 && start >= 0; start--) {
            if (longer.get(start).equals(ending.get(matched))) {
                matched--;
            }
        }
        return start >= 0 && JOINING.contains(longer.get(start));
    }

    /** One word whose letters are the other name's initials: "fatf", "financial action task force". */
    private static boolean isAcronymOf(List<String> acronym, List<String> full) {
        // Two letters fit too many names ("DC", "CC") to be evidence.
        if (acronym.size() != 1 || full.size() < 3) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        full.forEach(w -> initials.append(w.charAt(0)));
        return acronym.get(0).equals(initials.toString());
    }

    /** The same word or a spelling variant of it: same first letter, few edits, alike by Jaro-Winkler. */
    static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.charAt(0) != b.charAt(0) || Math.min(a.length(), b.length()) < 4) {
            return false;
        }
        int edits = LEVENSHTEIN.apply(a, b);
        return edits <= Math.max(1, Math.min(a.length(), b.length()) / 4) && JARO_WINKLER.apply(a, b) >= VARIANT;
    }
}
