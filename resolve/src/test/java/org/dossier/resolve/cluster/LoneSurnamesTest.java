package org.dossier.resolve.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dossier.resolve.cluster.Names.name;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.resolve.group.NameGroup;

class LoneSurnamesTest {

    @Test
    void aLoneSurnameGoesToTheBearerWithNineTenthsOfItsMentionsAndOnlyThen() {
        List<NameGroup> groups = List.of(name("PERSON:Donald Fjordsen", 10, "d"), name("PERSON:Mary Fjordsen", 1, "m"),
                name("PERSON:Fjordsen", 2, "x"), name("PERSON:Anna Berglund", 10, "d"),
                name("PERSON:Erik Berglund", 3, "m"), name("PERSON:Berglund", 1, "x"));

        Clusters clusters = new Clusters(groups.size());
        LoneSurnames.link(groups, clusters, new Judgements(groups, List.of()));
        Clusters refused = new Clusters(groups.size());
        LoneSurnames.link(groups, refused, new Judgements(groups,
                List.of(new Judgement(groups.get(2).key(), groups.get(0).key(), Verdict.NOT_SAME))));

        assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
        // ten of thirteen is not enough
        assertThat(clusters.find(5)).isNotIn(clusters.find(3), clusters.find(4));
        assertThat(refused.find(2)).isNotEqualTo(refused.find(0));
    }
}
