package org.dossier.ingest.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.dossier.config.domain.Mention;

class CoreNlpRecognizerTest {

    private static CoreNlpRecognizer recognizer;

    @BeforeAll
    static void loadModel() {
        recognizer = new CoreNlpRecognizer();
    }

    @Test
    void findsPeopleOrganisationsAndPlacesWithOffsetsAndTheirSentence() {
        String text = "Interpol warns of scam centres\n\n"
                + "Interpol said on Monday that Maria Fernandez met police chiefs in Singapore. Nothing else happened.";

        List<Mention> mentions = recognizer.recognise("doc", text);

        assertThat(mentions).extracting(Mention::type, Mention::text).contains(
                Tuple.tuple(Mention.ORGANIZATION, "Interpol"),
                Tuple.tuple(Mention.PERSON, "Maria Fernandez"),
                Tuple.tuple(Mention.LOCATION, "Singapore"));
        assertThat(mentions).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        Mention stock = mentions.stream().filter(m -> m.text().equals("Maria Fernandez")).findFirst().orElseThrow();
        assertThat(stock.sentence()).isEqualTo("Interpol said on Monday that Maria Fernandez met police chiefs in Singapore.");
        // The headline is a sentence of its own: nothing spans the blank line.
        assertThat(mentions).noneMatch(m -> m.text().contains("\n"));
    }

    @Test
    void leavesOutPronounsAndLowercaseWords() {
        List<Mention> mentions = recognizer.recognise("doc", "He said they would meet her in London.");

        assertThat(mentions).extracting(Mention::text).containsExactly("London");
    }

    @Test
    void trimsDashesAndQuotesButKeepsWhatBelongsToTheName() {
        String text = "at the Google Science Fair — and \"Acme Inc.\" paid A$";

        assertThat(CoreNlpRecognizer.trim(text, new NerSpan(7, 28, "ORGANIZATION")))
                .isEqualTo(new NerSpan(7, 26, "ORGANIZATION"));
        assertThat(CoreNlpRecognizer.trim(text, new NerSpan(33, 44, "ORGANIZATION")))
                .isEqualTo(new NerSpan(34, 43, "ORGANIZATION"));
        assertThat(CoreNlpRecognizer.trim(text, new NerSpan(50, 52, "MISC"))).isEqualTo(new NerSpan(50, 52, "MISC"));
        assertThat(CoreNlpRecognizer.trim(text, new NerSpan(27, 28, "ORGANIZATION"))).isNull();
    }

    @Test
    void mendsWhatTheTaggerGetsWrongInWaysARuleCanTell() {
        String text = "The Huffington Post said Scientology and the Church of Scientology met in Washington D.C. today.";

        assertThat(recognizer.refine(text, new NerSpan(0, 19, "ORGANIZATION")))
                .as("an organisation's leading The").isEqualTo(new NerSpan(4, 19, "ORGANIZATION"));
        assertThat(recognizer.refine(text, new NerSpan(25, 36, "LOCATION")))
                .as("a religion is no place").isEqualTo(new NerSpan(25, 36, "MISC"));
        assertThat(recognizer.refine(text, new NerSpan(45, 66, "ORGANIZATION")))
                .as("a church is an organisation").isEqualTo(new NerSpan(45, 66, "ORGANIZATION"));
        assertThat(recognizer.refine(text, new NerSpan(74, 88, "LOCATION")))
                .as("the abbreviation's last dot").isEqualTo(new NerSpan(74, 89, "LOCATION"));
        assertThat(recognizer.refine("He lives in London.", new NerSpan(12, 18, "LOCATION")))
                .as("a sentence's own dot").isEqualTo(new NerSpan(12, 18, "LOCATION"));
    }

    @Test
    void aNameThatIsAPersonsSurnameElsewhereInTheDocumentIsThatPerson() {
        String text = "Desmond Washington scored twice in Boston on Monday.\n\nWashington said the team would win.";
        int bare = text.indexOf("Washington said");

        List<NerSpan> spans = recognizer.spans(text);

        assertThat(spans).contains(new NerSpan(0, 18, "PERSON"), new NerSpan(35, 41, "LOCATION"));
        assertThat(spans).filteredOn(s -> s.start() == bare).extracting(NerSpan::type).containsExactly("PERSON");
    }
}
