package org.dossier.resolve.group;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.mention.MentionView;

import static org.assertj.core.api.Assertions.assertThat;

class CoMentionsTest {

    private static final String[] PEOPLE = {"Ana Ruiz", "Omar Haddad", "Chidi Okafor", "Eva Lindqvist", "Kenji Tanaka",
        "Luc Moreau", "Petra Novak", "Rui Silva", "Ines Costa", "Maya Stone", "Tom Berg", "Lena Holm"};

    @Test
    void twoNamesShareTheCompanyTheirSetsOfStringsShareCountedNoFurtherThanAsked() {
        // given: documents of one to four people, and one of a person named nowhere else (a name without company)
        Random random = new Random(3);
        NameGroups names = new NameGroups();
        for (int d = 0; d < 120; d++) {
            List<MentionView> mentions = new ArrayList<>();
            int people = 1 + random.nextInt(4);
            for (int m = 0; m < people; m++) {
                String text = PEOPLE[random.nextInt(PEOPLE.length)];
                String sentence = text + " spoke on day " + d + ".";
                mentions.add(new MentionView("d" + d + ":" + m * 100, "d" + d, "PERSON", text, m * 100,
                        m * 100 + text.length(), MentionView.bracketed(sentence, text), sentence));
            }
            names.add(mentions);
        }
        String sentence = "Nadia Solo spoke alone.";
        names.add(List.of(new MentionView("solo:0", "solo", "PERSON", "Nadia Solo", 0, 10,
                MentionView.bracketed(sentence, "Nadia Solo"), sentence)));
        List<NameGroup> groups = new ArrayList<>(names.groups(Map.of()));

        // then: in pairs' order (the first name's company kept) and shuffled, the numbers give what strings give
        for (int round = 0; round < 2; round++) {
            List<NameGroup> seconds = new ArrayList<>(groups);
            if (round == 1) {
                Collections.shuffle(groups, random);
            }
            for (NameGroup a : groups) {
                Collections.shuffle(seconds, random);
                for (NameGroup b : seconds) {
                    Set<String> both = new HashSet<>(a.coMentioned());
                    both.retainAll(new HashSet<>(b.coMentioned()));

                    assertThat(IdSet.shared(a.coMentioned(), b.coMentioned(), Integer.MAX_VALUE))
                            .as("%s and %s", a.key(), b.key()).isEqualTo(both.size());
                    assertThat(IdSet.shared(a.coMentioned(), b.coMentioned(), 2)).isEqualTo(Math.min(both.size(), 2));
                }
                assertThat(a.coMentioned().isEmpty()).as(a.key()).isEqualTo(new HashSet<>(a.coMentioned()).isEmpty());
            }
        }
        assertThat(groups).anySatisfy(g -> assertThat(g.coMentioned()).isEmpty());
    }
}
