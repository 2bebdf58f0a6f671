package org.dossier.resolve.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

class CoMentionedEntitiesTest {

    private static final String[] SURNAMES = {"Ruiz", "Haddad", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Novak", "Silva"};
    private static final String[] GIVEN = {"Ana", "Omar", "Chidi", "Eva", "Kenji", "Luc", "Petra", "Rui"};

    @Test
    void namesNumberedByTheirDictionaryGiveTheEntitiesTheirStringsGive() {
        Random random = new Random(11);
        NameGroups names = new NameGroups();
        for (int d = 0; d < 300; d++) {
            List<MentionView> mentions = new ArrayList<>();
            for (int m = 0; m < 2 + random.nextInt(6); m++) {
                String text = random.nextInt(3) == 0 ? SURNAMES[random.nextInt(SURNAMES.length)]
                        : GIVEN[random.nextInt(GIVEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
                String sentence = text + " spoke on day " + d + ".";
                mentions.add(new MentionView("d" + d + ":" + m * 100, "d" + d, "PERSON", text, m * 100,
                        m * 100 + text.length(), MentionView.bracketed(sentence, text), sentence));
            }
            names.add(mentions);
        }
        List<NameGroup> groups = names.groups(Map.of());
        // Names cluster by surname, as a resolver might put "Ana Ruiz" and "Ruiz" together.
        Map<String, List<NameGroup>> bySurname = new LinkedHashMap<>();
        groups.forEach(g -> bySurname.computeIfAbsent(g.key().replaceAll(".*[ :]", ""),
                k -> new ArrayList<>()).add(g));
        List<List<NameGroup>> clusters = new ArrayList<>(bySurname.values());
        List<String> ids = new ArrayList<>();
        Map<String, String> entityOfName = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            ids.add("entity-" + (char) ('a' + (c * 5) % clusters.size()));
            for (NameGroup g : clusters.get(c)) {
                entityOfName.put(g.key(), ids.get(c));
            }
        }
        // The same names with their co-mentioned names as plain strings.
        List<List<NameGroup>> asStrings = clusters.stream().map(cluster -> cluster.stream()
                .map(g -> new NameGroup(g.key(), g.name(), g.forms(), g.mentions(), g.documents(),
                        new HashSet<>(g.coMentioned()))).toList()).toList();

        CoMentionedEntities numbered = new CoMentionedEntities(clusters, ids, entityOfName);
        CoMentionedEntities strings = new CoMentionedEntities(asStrings, ids, entityOfName);

        assertThat(clusters).hasSize(SURNAMES.length);
        for (int c = 0; c < clusters.size(); c++) {
            List<String> expected = strings.of(c, asStrings.get(c), 5);
            assertThat(numbered.of(c, clusters.get(c), 5)).as("cluster %s", ids.get(c)).isEqualTo(expected)
                    .hasSize(5).doesNotContain(ids.get(c));
        }
    }

    @Test
    void theEntitiesNamedBesideMostNamesComeFirstTiesByIdUpToTheLimit() {
        // An entity of three names; each name's company, as strings: "b" beside all three, "c" two, "d" and "e" one.
        List<NameGroup> self = List.of(name("a1", Set.of("b", "c", "d")), name("a2", Set.of("b", "c")),
                name("a3", Set.of("b", "e", "a1")));
        List<List<NameGroup>> clusters = new ArrayList<>(List.of(self));
        List<String> ids = new ArrayList<>(List.of("e-a"));
        Map<String, String> entityOfName = new HashMap<>();
        self.forEach(g -> entityOfName.put(g.key(), "e-a"));
        for (String other : List.of("e", "d", "c", "b")) {
            clusters.add(List.of(name(other, Set.of())));
            ids.add("e-" + other);
            entityOfName.put("PERSON:" + other, "e-" + other);
        }
        CoMentionedEntities coMentioned = new CoMentionedEntities(clusters, ids, entityOfName);

        assertThat(coMentioned.of(0, self, 10)).containsExactly("e-b", "e-c", "e-d", "e-e");
        assertThat(coMentioned.of(0, self, 3)).containsExactly("e-b", "e-c", "e-d");
        assertThat(coMentioned.of(0, self, 1)).containsExactly("e-b");
    }

    private static NameGroup name(String key, Set<String> company) {
        Set<String> keys = new HashSet<>();
        company.forEach(other -> keys.add("PERSON:" + other));
        return new NameGroup("PERSON:" + key, NameNormalizer.normalize(key, NameKind.PERSON), Map.of(key, 1), 1,
                Set.of("d1"), keys);
    }
}
