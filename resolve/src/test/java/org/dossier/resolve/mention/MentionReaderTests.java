package org.dossier.resolve.mention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;
import org.dossier.config.elastic.IndexNames;
import org.dossier.resolve.FreshIndices;
import org.dossier.config.elastic.IndexSchemas;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the mentions a document at a time, against the local Elasticsearch. */
@SpringBootTest
@ActiveProfiles("test")
class MentionReaderTests {

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;

    @BeforeEach
    void emptyIndices() throws IOException {
        FreshIndices.make(client, indices, schemas);
    }

    @Test
    void eachDocumentComesWholeOnceInIdOrderWithTheCorpusVoteAppliedAcrossPages() throws IOException {
        // given: four documents whose mentions span pages of two; "Verano" is a place in three
        // documents and an organisation in one; "KYC" is defined as a concept in one; and the
        // mentions of a document not (or no longer) in the index
        documents("d1", "d2", "d3", "d4");
        index(Mention.of("d1", "PERSON", "Ana Ruiz", 0, 8, "Ana Ruiz spoke."),
                Mention.of("d1", "ORGANIZATION", "Verano", 20, 26, "Verano signed."),
                Mention.of("d1", "ORGANIZATION", "KYC", 40, 43, "KYC rules apply."),
                Mention.of("d2", "LOCATION", "Verano", 0, 6, "in Verano"),
                Mention.of("d2", "PERSON", "Ruiz", 10, 14, "Ruiz said."),
                Mention.of("d3", "LOCATION", "Verano", 0, 6, "in Verano"),
                Mention.of("d3", "CONCEPT", "KYC", 10, 13, "know your customer (KYC)"),
                Mention.of("d4", "LOCATION", "Verano", 0, 6, "in Verano"),
                Mention.of("d4", "ORGANIZATION", "Harbour Trust", 10, 23, "Harbour Trust"),
                Mention.of("d4", "PERSON", "Ana Ruiz", 30, 38, "Ana Ruiz"),
                Mention.of("d4", "PERSON", "Ruiz", 50, 54, "Ruiz"),
                Mention.of("d5", "PERSON", "Ana Ruiz", 0, 8, "Ana Ruiz"));
        MentionReader reader = new MentionReader(client, indices.mentions(), indices.documents(), 2);

        // when
        MentionReader.Survey survey = reader.survey();
        List<MentionReader.Document> documents = new ArrayList<>();
        reader.forEachDocument(survey, documents::add);

        // then: the indexed documents in order, each once with all its people and organisations; the place
        // the corpus votes for is no organisation in d1, and the concept is no organisation anywhere
        assertThat(documents).extracting(MentionReader.Document::id).containsExactly("d1", "d2", "d3", "d4");
        assertThat(documents.get(0).mentions()).extracting(MentionView::text).containsExactly("Ana Ruiz");
        assertThat(documents.get(1).mentions()).extracting(MentionView::text).containsExactly("Ruiz");
        assertThat(documents.get(2).mentions()).isEmpty();
        assertThat(documents.get(3).mentions()).extracting(MentionView::text)
                .containsExactly("Harbour Trust", "Ana Ruiz", "Ruiz");
    }

    @Test
    void aReadResumedAtAPositionGivesTheDocumentsAfterIt() throws IOException {
        // given: three documents, read two mentions (and two documents) a request, and the place after the first
        documents("d1", "d2", "d3");
        index(Mention.of("d1", "PERSON", "Ana Ruiz", 0, 8, "Ana Ruiz spoke."),
                Mention.of("d1", "PERSON", "Ruiz", 20, 24, "Ruiz left."),
                Mention.of("d1", "ORGANIZATION", "Harbour Trust", 30, 43, "Harbour Trust"),
                Mention.of("d2", "PERSON", "Omar Haddad", 0, 11, "Omar Haddad"),
                Mention.of("d3", "PERSON", "Li Wei", 0, 6, "Li Wei"));
        MentionReader reader = new MentionReader(client, indices.mentions(), indices.documents(), 2);
        MentionReader.Survey survey = reader.survey();
        MentionReader.Documents first = reader.documents("test", survey, null, null);
        first.next();

        // when
        List<String> rest = new ArrayList<>();
        reader.documents("test", survey, first.position(), null).forEachRemaining(document -> rest.add(document.id()));

        // then
        assertThat(first.position()).isEqualTo("d1");
        assertThat(rest).containsExactly("d2", "d3");
    }

    @Test
    void aRangeOfDocumentsGivesThoseAfterItsStartUpToItsEndIncluded() throws IOException {
        // given: four documents, read two a request
        documents("d1", "d2", "d3", "d4");
        index(Mention.of("d1", "PERSON", "Ana Ruiz", 0, 8, "Ana Ruiz"), Mention.of("d2", "PERSON", "Omar Haddad", 0, 11, "Omar Haddad"),
                Mention.of("d3", "PERSON", "Li Wei", 0, 6, "Li Wei"), Mention.of("d4", "PERSON", "Ruiz", 0, 4, "Ruiz"));
        MentionReader reader = new MentionReader(client, indices.mentions(), indices.documents(), 2);
        MentionReader.Survey survey = reader.survey();

        // when: the ranges (none, d2], (d2, d3], (d3, none), from the index and from a list
        List<List<String>> ranges = new ArrayList<>();
        String[][] bounds = {{null, "d2"}, {"d2", "d3"}, {"d3", null}};
        for (String[] range : bounds) {
            List<String> read = new ArrayList<>();
            reader.documents("test", survey, range[0], range[1]).forEachRemaining(document -> read.add(document.id()));
            ranges.add(read);
            List<String> listed = new ArrayList<>();
            reader.documents("test", survey, List.of("d1", "d3", "d4"), range[0], range[1])
                    .forEachRemaining(document -> listed.add(document.id()));
            ranges.add(listed);
        }

        // then: each document in one range only
        assertThat(ranges).containsExactly(List.of("d1", "d2"), List.of("d1"), List.of("d3"), List.of("d3"),
                List.of("d4"), List.of("d4"));
    }

    @Test
    void aListingGivenTheLastOneListsOnlyTheDocumentsIndexedSinceUnlessTheEarlierOnesChanged() throws IOException {
        // given: three documents listed, then two more indexed later; read two a request
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        document("d2", t);
        document("d4", t.plusSeconds(10));
        document("d6", t.plusSeconds(20));
        MentionReader reader = new MentionReader(client, indices.mentions(), indices.documents(), 2);
        MentionReader.Listing before = reader.list();
        document("d1", t.plusSeconds(30));
        document("d5", t.plusSeconds(40));
        // The earlier documents' versions as the last listing gave them, two moved apart keeping their sum:
        // a listing of the later documents alone keeps them, one of every document reads them again.
        long[] kept = before.versions().clone();
        kept[0] -= 5;
        kept[1] += 5;
        MentionReader.Listing known = new MentionReader.Listing(before.indices(), before.ids(), kept);

        // when
        MentionReader.Listing since = reader.list(known);

        // then: every document in id order, the later two with their versions, the earlier ones as given
        MentionReader.Listing all = reader.list();
        assertThat(since.ids()).containsExactly("d1", "d2", "d4", "d5", "d6").isEqualTo(all.ids());
        assertThat(since.versions()).containsExactly(all.versions()[0], kept[0], kept[1], all.versions()[3], kept[2]);
        assertThat(since.indices()).isEqualTo(all.indices());

        // and when an earlier document is gone, one is indexed again, one indexed then shows up only
        // now, or the indices are made again: every document is listed, as a full listing does
        for (Runnable change : List.<Runnable>of(
                () -> delete("d4"),
                () -> document("d6", t.plusSeconds(50)),
                () -> document("d3", t.plusSeconds(5)),
                this::indicesMadeAgain)) {
            MentionReader.Listing last = reader.list();
            change.run();
            MentionReader.Listing after = reader.list(last);
            MentionReader.Listing every = reader.list();
            assertThat(after.ids()).isEqualTo(every.ids());
            assertThat(after.versions()).isEqualTo(every.versions());
            assertThat(after.indices()).isEqualTo(every.indices());
        }
    }

    @Test
    void aDocumentGoneAndAnotherStampedTheSameSecondKeepTheSumAndOnlyThen() {
        long[] versions = {1_780_000_000_000L, 1_780_000_010_000L, 1_780_000_020_000L};
        double sum = 3 * 1_780_000_010_000d;
        assertThat(MentionReader.sameSum(sum, versions)).isTrue();
        assertThat(MentionReader.sameSum(sum - 10_000, versions)).isFalse();
        assertThat(MentionReader.sameSum(sum + 2_000, versions)).isFalse();
    }

    private void document(String id, Instant indexed) {
        try {
            DocumentRecord document = DocumentRecord.read(id, id + ".txt", "text of " + id, "text/plain",
                    new DocumentMetadata(null, List.of(), null, null, null, DocumentMetadata.OTHER, null),
                    indexed, 10, false);
            client.index(i -> i.index(indices.documents()).id(id).document(document).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void delete(String id) {
        try {
            client.delete(d -> d.index(indices.documents()).id(id).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents index deleted and made again with the same documents. */
    private void indicesMadeAgain() {
        try {
            MentionReader.Listing listed = new MentionReader(client, indices.mentions(), indices.documents()).list();
            emptyIndices();
            for (int i = 0; i < listed.ids().size(); i++) {
                document(listed.ids().get(i), Instant.ofEpochMilli(listed.versions()[i]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void documents(String... ids) throws IOException {
        for (String id : ids) {
            DocumentRecord document = DocumentRecord.read(id, id + ".txt", "text of " + id, "text/plain",
                    new DocumentMetadata(null, List.of(), null, null, null, DocumentMetadata.OTHER, null),
                    Instant.now(), 10, false);
            client.index(i -> i.index(indices.documents()).id(id).document(document).refresh(Refresh.True));
        }
    }

    private void index(Mention... mentions) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (Mention mention : mentions) {
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(indices.mentions()).id(mention.id()).document(mention))));
        }
        client.bulk(BulkRequest.of(b -> b.operations(operations).refresh(Refresh.True)));
    }
}
