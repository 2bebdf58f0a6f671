package org.dossier.eval.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dossier.ingest.nlp.NerSpan;

class NerGoldTest {

    // A folder laid out like re3d's: docs.json with noun-phrase mentions and a "proper" flag.
    private static final String TEXT = "The Syrian Arab Army shelled Aleppo. President Bashar al-Assad's forces advanced. Rebels fled.";
    private static final String DOCS = """
            [{"doc_id": "d1", "source": "test", "title": "t", "source_url": "", "text": "%s",
              "mentions": [
                {"etype": "organization", "proper": true, "start": 0, "end": 20, "text": "The Syrian Arab Army"},
                {"etype": "place", "proper": true, "start": 29, "end": 35, "text": "Aleppo"},
                {"etype": "person", "proper": true, "start": 37, "end": 71, "text": "President Bashar al-Assad's forces"},
                {"etype": "person", "proper": true, "start": 47, "end": 62, "text": "Bashar al-Assad"},
                {"etype": "person", "proper": false, "start": 82, "end": 88, "text": "Rebels"},
                {"etype": "weapon", "proper": true, "start": 0, "end": 3, "text": "The"}]}]
            """.formatted(TEXT);

    @Test
    void readsNamedMentionsOfADocsJsonOutermostWithoutALeadingThe(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("docs.json"), DOCS);

        List<EvalDocument> documents = NerGold.read(dir);

        assertThat(NerGold.hasMisc(dir)).isFalse();
        assertThat(documents).hasSize(1);
        EvalDocument document = documents.get(0);
        assertThat(document.text()).isEqualTo(TEXT);
        assertThat(document.gold()).containsExactlyInAnyOrder(
                new NerSpan(4, 20, "ORGANIZATION"),
                new NerSpan(29, 35, "LOCATION"),
                new NerSpan(37, 71, "PERSON"));
        assertThat(document.tokens()).isEqualTo(TEXT.split("\\s+").length);
    }
}
