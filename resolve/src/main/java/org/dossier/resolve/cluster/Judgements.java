package org.dossier.resolve.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.group.NameGroup;

/**
 * The judgements phase: the analysts' decisions, and the short forms documents define, bind
 * their names before any score does. "Same" links two names whatever their score, "not same"
 * keeps them apart whatever links them, and a judgement that contradicts the others is
 * reported, not applied.
 */
public final class Judgements {

    private final List<NameGroup> groups;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Verdict> decided = new HashMap<>();

    public Judgements(List<NameGroup> groups, List<Judgement> judgements) {
        this.groups = groups;
        for (int i = 0; i < groups.size(); i++) {
            index.put(groups.get(i).key(), i);
        }
        judgements.forEach(j -> decided.put(j.pair(), j.verdict()));
    }

    /** What analysts said of two names, or null. */
    public Verdict verdict(int i, int j) {
        return decided.get(Judgement.pair(groups.get(i).key(), groups.get(j).key()));
    }

    public boolean notSame(int i, int j) {
        return verdict(i, j) == Verdict.NOT_SAME;
    }

    /**
     * Links the names of each "same" judgement, unless a "not same" across their clusters forbids it.
     *
     * @return the judgements not applied because others contradict them
     */
    public List<Judgement> linkSame(Clusters clusters, List<Judgement> judgements) {
        List<Judgement> contradictions = new ArrayList<>();
        for (Judgement judgement : judgements) {
            Integer a = index.get(judgement.keyA());
            Integer b = index.get(judgement.keyB());
            if (judgement.verdict() == Verdict.SAME && a != null && b != null && !clusters.link(a, b, this::notSame)) {
                contradictions.add(judgement);
            }
        }
        return contradictions;
    }

    /**
     * Links each short form a document defines ("(Interpol)") to its full name, like a "same"
     * judgement, unless an analyst said "not same" or the short form mostly names something else.
     */
    public void linkDefinitions(Clusters clusters, Map<String, String> definitions) {
        definitions.forEach((shortForm, fullForm) -> {
            Integer a = index.get(shortForm);
            Integer b = index.get(fullForm);
            if (a != null && b != null && decided.get(Judgement.pair(shortForm, fullForm)) != Verdict.NOT_SAME
                    && !usedOtherwise(groups.get(a), groups.get(b))) {
                clusters.link(a, b, this::notSame);
            }
        });
    }

    /**
     * Whether a short form is used in many more documents than the full name one of them spells
     * it out as ("UTC" in forty articles, "Union Transfer and Cargo Corporation (UTC)" in one):
     * then it mostly names something else, and the definition holds only where it is made.
     */
    private static boolean usedOtherwise(NameGroup shortForm, NameGroup fullForm) {
        return shortForm.documents().size() > 2 * fullForm.documents().size() + 2;
    }

    /** A short form a document spells out ("(OFAC)") stands for that full name, not for another that fits its letters. */
    public static boolean otherExpansion(Map<String, String> definitions, String a, String b) {
        String fullOfA = definitions.get(a);
        String fullOfB = definitions.get(b);
        return fullOfA != null && !fullOfA.equals(b) || fullOfB != null && !fullOfB.equals(a);
    }
}
