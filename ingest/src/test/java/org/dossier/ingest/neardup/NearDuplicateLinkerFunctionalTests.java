package org.dossier.ingest.neardup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.ingest.job.FreshIndices;

import static org.assertj.core.api.Assertions.assertThat;

/** Near-duplicates linked in the index, whether the documents compared before come from memory or from the index. */
@SpringBootTest
@ActiveProfiles("test")
class NearDuplicateLinkerFunctionalTests {

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;
    @Autowired JdbcTemplate jdbc;

    private String wireStory;
    private String otherStory;

    @BeforeEach
    void emptyIndices() throws IOException {
        FreshIndices.recreate(client, indices, schemas, jdbc);
        wireStory = Files.readString(Path.of("src/test/resources/near-duplicates/wire-story.txt"));
        otherStory = Files.readString(Path.of("src/test/resources/near-duplicates/other-story.txt"));
    }

    @Test
    void copiesLinkToTheirStorysFirstDocumentWhenTheRunKeepsFewOfThoseItComparedAndAPageFindsMoreThanOneSearchGives()
            throws IOException {
        // given: two stories with fifteen copies each, and a text like neither
        for (int k = 0; k < 15; k++) {
            index("wire-" + k, wireStory + "\nDistributed by partner site number " + k + ".");
            index("other-" + k, otherStory + "\nReprinted with permission, copy " + k + ".");
        }
        index("alone", "A short note on the weather in the hills, unrelated to anything else in these files.");
        // a linker of pages of four documents that keeps three it compared, and takes five found for a
        // page before searching document by document
        NearDuplicateLinker linker = new NearDuplicateLinker(client, indices.documents(), 4, 3, 5);

        // when
        long linked = link(linker);

        // then: each story's copies link to one of them, which links to none; the note to nothing
        Map<String, List<String>> links = links();
        assertThat(linked).isEqualTo(28);
        assertThat(links.get("alone")).isEmpty();
        for (String story : List.of("wire-", "other-")) {
            List<String> roots = links.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(story) && e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
            assertThat(roots).as(story).hasSize(1);
            assertThat(links).as(story).allSatisfy((id, to) -> {
                if (id.startsWith(story) && !id.equals(roots.get(0))) {
                    assertThat(to).containsExactly(roots.get(0));
                }
            });
        }

        // and copies indexed later join those clusters, found in the index as compared before
        for (int k = 15; k < 20; k++) {
            index("wire-" + k, wireStory + "\nDistributed by partner site number " + k + ".");
        }
        assertThat(link(linker)).isEqualTo(5);
        String wireRoot = links().entrySet().stream()
                .filter(e -> e.getKey().startsWith("wire-") && e.getValue().isEmpty()).map(Map.Entry::getKey).findFirst().orElseThrow();
        assertThat(links()).allSatisfy((id, to) -> {
            if (id.startsWith("wire-") && !id.equals(wireRoot)) {
                assertThat(to).containsExactly(wireRoot);
            }
        });
        // and linking again changes nothing
        assertThat(link(linker)).isZero();
    }

    private void index(String id, String text) throws IOException {
        List<Integer> signature = MinHash.of(text);
        Map<String, Object> document = Map.of(IndexFields.ID, id, "text", text,
                IndexFields.FINGERPRINT, Map.of("minhash", signature, "bands", MinHash.bands(signature), "checked", false));
        client.bulk(BulkRequest.of(b -> b.operations(op -> op.index(i -> i.index(indices.documents()).id(id)
                .document(document)))));
    }

    private long link(NearDuplicateLinker linker) {
        StepExecution step = new StepExecution("linkNearDuplicates", new JobExecution(1L));
        linker.execute(new StepContribution(step), new ChunkContext(new StepContext(step)));
        return step.getExecutionContext().getLong(NearDuplicateLinker.LINKED, 0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, List<String>> links() throws IOException {
        Map<String, List<String>> links = new HashMap<>();
        client.search(s -> s.index(indices.documents()).size(100), Map.class).hits().hits().forEach(hit ->
                links.put(hit.id(), hit.source().get(IndexFields.NEAR_DUPLICATES) == null ? List.of()
                        : (List<String>) hit.source().get(IndexFields.NEAR_DUPLICATES)));
        return links;
    }
}
