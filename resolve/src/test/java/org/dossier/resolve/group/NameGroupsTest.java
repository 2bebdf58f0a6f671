package org.dossier.resolve.group;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.mention.MentionView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameGroupsTest {

    /** Six short articles: full names and short forms, one name written two ways as long, sentences shared. */
    private static final Map<String, List<MentionView>> CORPUS = new LinkedHashMap<>();

    static {
        document("d5", "PERSON", "Ana Ruiz", "Ana Ruiz chairs the Harbour Trust.",
                "ORGANIZATION", "Harbour Trust", "Ana Ruiz chairs the Harbour Trust.",
                "PERSON", "Ruiz", "Ruiz said the audit was late.");
        document("d1", "PERSON", "Ana Ruíz", "Ana Ruíz met regulators in Lisbon.",
                "ORGANIZATION", "Financial Action Task Force", "The Financial Action Task Force (FATF) met.",
                "ORGANIZATION", "FATF", "The Financial Action Task Force (FATF) met.");
        document("d3", "PERSON", "Ana Ruiz", "Ana Ruiz chairs the Harbour Trust.",
                "PERSON", "Ruiz", "Ruiz declined to comment on the fine.",
                "PERSON", "Omar Haddad", "Omar Haddad joined the board of the Harbour Trust.");
        document("d2", "ORGANIZATION", "FATF", "FATF listed three countries.",
                "PERSON", "Omar Haddad", "Omar Haddad denied the claims.",
                "PERSON", "Haddad", "Haddad will appeal.");
        document("d6", "PERSON", "Omar Hadad", "Omar Hadad spoke to reporters.",
                "ORGANIZATION", "Harbour Trust", "The Harbour Trust paid the fine.",
                "PERSON", "Ana Ruiz", "Ana Ruiz resigned from the Harbour Trust board.");
        document("d4", "PERSON", "Ana Ruiz", "Ana Ruiz resigned from the Harbour Trust board.",
                "PERSON", "Ana Ruiz", "Ana Ruiz will stay an adviser to the trust.",
                "PERSON", "Ana Ruiz", "Later, Ana Ruiz thanked the staff of the trust.",
                "PERSON", "Ana Ruiz", "Ana Ruiz left the building.");
    }

    @Test
    void theNamesOfACorpusAreTheSameWhateverOrderItsDocumentsComeIn() {
        List<NameGroup> inOrder = groups(new ArrayList<>(CORPUS.keySet()));
        Random random = new Random(5);
        for (int round = 0; round < 50; round++) {
            List<String> order = new ArrayList<>(CORPUS.keySet());
            Collections.shuffle(order, random);

            assertThat(groups(order)).as("documents in the order %s", order).isEqualTo(inOrder);
        }
        NameGroup ruiz = inOrder.stream().filter(g -> g.key().equals("PERSON:ana ruiz")).findFirst().orElseThrow();
        assertThat(ruiz.contexts()).hasSize(NameGroup.CONTEXTS);
        assertThat(ruiz.documents()).containsExactlyInAnyOrder("d1", "d3", "d4", "d5", "d6");
    }

    @Test
    void aNameIsFirstAndLastSeenOnTheDatesOfItsEarliestAndLatestDocuments() {
        NameGroups names = new NameGroups();
        CORPUS.values().forEach(names::add);
        // d2 has no date; Omar Haddad is in d2 and d3, Ana Ruiz in d1, d3, d4, d5 and d6
        Map<String, Instant> dates = Map.of("d1", Instant.parse("2024-03-01T00:00:00Z"),
                "d3", Instant.parse("2023-11-20T00:00:00Z"), "d4", Instant.parse("2024-07-09T00:00:00Z"),
                "d5", Instant.parse("2024-01-15T00:00:00Z"), "d6", Instant.parse("2024-05-30T00:00:00Z"));

        List<NameGroup> groups = names.groups(dates);

        NameGroup ruiz = groups.stream().filter(g -> g.key().equals("PERSON:ana ruiz")).findFirst().orElseThrow();
        NameGroup haddad = groups.stream().filter(g -> g.key().equals("PERSON:omar haddad")).findFirst().orElseThrow();
        NameGroup fatf = groups.stream().filter(g -> g.key().equals("ORGANIZATION:fatf")).findFirst().orElseThrow();
        assertThat(ruiz.firstSeen()).isEqualTo(dates.get("d3"));
        assertThat(ruiz.lastSeen()).isEqualTo(dates.get("d4"));
        assertThat(haddad.firstSeen()).isEqualTo(dates.get("d3"));
        assertThat(haddad.lastSeen()).isEqualTo(dates.get("d3"));
        assertThat(fatf.documents()).contains("d2");
        assertThat(fatf.firstSeen()).isEqualTo(dates.get("d1"));
    }

    @Test
    void namesThatShareAWordHoldOneInstanceOfIt() {
        List<NameGroup> names = groups(new ArrayList<>(CORPUS.keySet()));
        NameGroup haddad = names.stream().filter(g -> g.key().equals("PERSON:omar haddad")).findFirst().orElseThrow();
        NameGroup hadad = names.stream().filter(g -> g.key().equals("PERSON:omar hadad")).findFirst().orElseThrow();

        assertThat(haddad.name().tokens()).containsExactly("omar", "haddad");
        assertThat(hadad.name().tokens()).containsExactly("omar", "hadad");
        assertThat(hadad.name().tokens().get(0)).isSameAs(haddad.name().tokens().get(0));
    }

    @Test
    void namesWrittenAndReadBackThenGivenMoreDocumentsAreTheNamesOfEveryDocumentAtOnce() throws IOException {
        List<String> order = new ArrayList<>(CORPUS.keySet());
        List<NameGroup> atOnce = groups(order);
        for (int split = 0; split <= order.size(); split++) {
            NameGroups first = new NameGroups();
            order.subList(0, split).forEach(id -> first.add(CORPUS.get(id)));
            ByteArrayOutputStream state = new ByteArrayOutputStream();
            first.writeTo(new DataOutputStream(state));
            NameGroups next = NameGroups.readFrom(new DataInputStream(new ByteArrayInputStream(state.toByteArray())));
            order.subList(split, order.size()).forEach(id -> next.add(CORPUS.get(id)));

            List<NameGroup> read = next.groups(Map.of());

            assertThat(read).as("the first %d documents read back", split).isEqualTo(atOnce);
            assertThat(read).extracting(NameGroup::contextWords).isEqualTo(atOnce.stream().map(NameGroup::contextWords).toList());
        }
    }

    @Test
    void namesNormalisedBeforeTheyAreWrittenAreReadBackAsTheyWereAndGivenMoreDocumentsAreTheNamesOfEveryDocument()
            throws IOException {
        List<String> order = new ArrayList<>(CORPUS.keySet());
        List<NameGroup> atOnce = groups(order);
        for (int split = 0; split <= order.size(); split++) {
            NameGroups first = new NameGroups();
            order.subList(0, split).forEach(id -> first.add(CORPUS.get(id)));
            first.normalizeNames();
            ByteArrayOutputStream state = new ByteArrayOutputStream();
            first.writeTo(new DataOutputStream(state));
            List<NameGroup> before = first.groups(Map.of());

            NameGroups readBack = readBackWithTheRest(state.toByteArray(), List.of());
            NameGroups next = readBackWithTheRest(state.toByteArray(), order.subList(split, order.size()));

            assertThat(readBack.groups(Map.of())).as("the first %d documents read back", split).isEqualTo(before);
            assertThat(next.groups(Map.of())).as("the first %d documents read back, then the rest", split).isEqualTo(atOnce);
        }
    }

    @Test
    void aNameMentionedAgainAfterItsStateWasReadBackIsNormalisedFromItsNewLongestForm() throws IOException {
        // given: a name written one way, normalised and kept
        NameGroups first = new NameGroups();
        first.add(mentions("n1", "PERSON", "Omar Haddad", "Omar Haddad denied the claims."));
        first.normalizeNames();
        ByteArrayOutputStream state = new ByteArrayOutputStream();
        first.writeTo(new DataOutputStream(state));

        // when: a later document writes it longer, with its title
        NameGroups next = NameGroups.readFrom(new DataInputStream(new ByteArrayInputStream(state.toByteArray())));
        next.add(mentions("n2", "PERSON", "Dr. Omar Haddad", "Dr. Omar Haddad will appeal."));
        NameGroup haddad = next.groups(Map.of()).get(0);

        // then: it is normalised again, from the longer form, as from both documents at once
        assertThat(haddad.key()).isEqualTo("PERSON:omar haddad");
        assertThat(haddad.name().original()).isEqualTo("Dr. Omar Haddad");
        assertThat(haddad.name().tokens()).containsExactly("omar", "haddad");
        NameGroups atOnce = new NameGroups();
        atOnce.add(mentions("n1", "PERSON", "Omar Haddad", "Omar Haddad denied the claims."));
        atOnce.add(mentions("n2", "PERSON", "Dr. Omar Haddad", "Dr. Omar Haddad will appeal."));
        assertThat(List.of(haddad)).isEqualTo(atOnce.groups(Map.of()));
    }

    @Test
    void namesBuiltWhileTheyAreWrittenAreThoseBuiltAfterAndTheWritingTheSame() throws IOException {
        List<String> order = new ArrayList<>(CORPUS.keySet());
        for (int split = 0; split <= order.size(); split++) {
            NameGroups first = new NameGroups();
            order.subList(0, split).forEach(id -> first.add(CORPUS.get(id)));
            ByteArrayOutputStream state = new ByteArrayOutputStream();
            first.writeTo(new DataOutputStream(state));
            NameGroups one = readBackWithTheRest(state.toByteArray(), order.subList(split, order.size()));
            NameGroups other = readBackWithTheRest(state.toByteArray(), order.subList(split, order.size()));
            ByteArrayOutputStream writtenBefore = new ByteArrayOutputStream();
            one.normalizeNames();
            one.writeTo(new DataOutputStream(writtenBefore));
            List<NameGroup> after = one.groups(Map.of());

            // when
            ByteArrayOutputStream writtenAlongside = new ByteArrayOutputStream();
            List<NameGroup> alongside = other.groups(Map.of(), () -> {
                try {
                    other.writeTo(new DataOutputStream(writtenAlongside));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });

            // then
            assertThat(alongside).as("the first %d documents read back", split).isEqualTo(after);
            assertThat(alongside).extracting(NameGroup::contextWords).isEqualTo(after.stream().map(NameGroup::contextWords).toList());
            assertThat(writtenAlongside.toByteArray()).isEqualTo(writtenBefore.toByteArray());
        }
    }

    @Test
    void whatFailsAlongsideTheNamesFailsTheirBuildingOnceTheyAreBuilt() {
        NameGroups names = new NameGroups();
        CORPUS.values().forEach(names::add);

        assertThatThrownBy(() -> names.groups(Map.of(), () -> {
            throw new UncheckedIOException(new IOException("disk full"));
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }

    private static NameGroups readBackWithTheRest(byte[] state, List<String> rest) throws IOException {
        NameGroups names = NameGroups.readFrom(new DataInputStream(new ByteArrayInputStream(state)));
        rest.forEach(id -> names.add(CORPUS.get(id)));
        return names;
    }

    private static List<NameGroup> groups(List<String> order) {
        NameGroups groups = new NameGroups();
        order.forEach(id -> groups.add(CORPUS.get(id)));
        return groups.groups(Map.of());
    }

    private static void document(String id, String... typeTextSentence) {
        CORPUS.put(id, mentions(id, typeTextSentence));
    }

    private static List<MentionView> mentions(String id, String... typeTextSentence) {
        List<MentionView> mentions = new ArrayList<>();
        for (int i = 0; i < typeTextSentence.length; i += 3) {
            String text = typeTextSentence[i + 1];
            String sentence = typeTextSentence[i + 2];
            int start = 100 * i + Math.max(0, sentence.indexOf(text));
            mentions.add(new MentionView(id + ":" + start, id, typeTextSentence[i], text, start, start + text.length(),
                    MentionView.bracketed(sentence, text), sentence));
        }
        return mentions;
    }
}
