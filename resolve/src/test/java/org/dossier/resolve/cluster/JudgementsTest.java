package org.dossier.resolve.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.resolve.cluster.Names.name;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.group.NameGroup;

class JudgementsTest {

    private final List<NameGroup> groups = List.of(name("PERSON:Jurgen Stock", 3, "a"), name("PERSON:J. Stock", 1, "b"),
            name("PERSON:Hans Stock", 1, "c"), name("ORGANIZATION:Interpol", 2, "a", "b"),
            name("ORGANIZATION:International Criminal Police Organization", 1, "a"));

    @Test
    void aSameJudgementLinksItsNamesAndOneThatContradictsANotSameIsReportedNotApplied() {
        List<Judgement> standing = List.of(
                new Judgement(groups.get(0).key(), groups.get(1).key(), Verdict.SAME),
                new Judgement(groups.get(1).key(), groups.get(2).key(), Verdict.NOT_SAME),
                new Judgement(groups.get(0).key(), groups.get(2).key(), Verdict.SAME));
        Clusters clusters = new Clusters(groups.size());
        Judgements judgements = new Judgements(groups, standing);

        List<Judgement> contradictions = judgements.linkSame(clusters, standing);

        assertThat(clusters.find(0)).isEqualTo(clusters.find(1)).isNotEqualTo(clusters.find(2));
        assertThat(contradictions).containsExactly(standing.get(2));
        assertThat(judgements.notSame(2, 1)).isTrue();
        assertThat(judgements.verdict(0, 3)).isNull();
    }

    @Test
    void aDefinedShortFormJoinsItsFullNameUnlessAnAnalystSaidNotOrItMostlyNamesSomethingElse() {
        Map<String, String> definitions = Map.of(groups.get(3).key(), groups.get(4).key());

        Clusters linked = new Clusters(groups.size());
        new Judgements(groups, List.of()).linkDefinitions(linked, definitions);
        Clusters refused = new Clusters(groups.size());
        new Judgements(groups, List.of(new Judgement(groups.get(3).key(), groups.get(4).key(), Verdict.NOT_SAME)))
                .linkDefinitions(refused, definitions);
        List<NameGroup> widelyUsed = List.of(groups.get(0), groups.get(1), groups.get(2),
                name("ORGANIZATION:Interpol", 9, "a", "b", "c", "d", "e"), groups.get(4));
        Clusters elsewhere = new Clusters(groups.size());
        new Judgements(widelyUsed, List.of()).linkDefinitions(elsewhere, definitions);

        assertThat(linked.find(3)).isEqualTo(linked.find(4));
        assertThat(refused.find(3)).isNotEqualTo(refused.find(4));
        assertThat(elsewhere.find(3)).isNotEqualTo(elsewhere.find(4));
        assertThat(Judgements.otherExpansion(definitions, groups.get(3).key(), "ORGANIZATION:icpo")).isTrue();
    }
}
