package org.dossier.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;

/** Files a folder can hold that cannot be read: each is a skip that says why, and the files beside it are indexed. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class FileFaultsFunctionalTests {

    private static final String STORY = "Customs officers in Rotterdam seized 4,000 kilograms of cocaine hidden in "
            + "banana crates, the public prosecutor said on Friday.";

    @Autowired JobLauncher jobLauncher;
    @Autowired Job ingestJob;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired SkipLedger skipLedger;
    @Autowired IndexSchemas schemas;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void emptyIndices() throws IOException {
        FreshIndices.recreate(client, indices, schemas, jdbc);
    }

    @Test
    void unreadableFilesAreSkipsWithTheirReasonAndTheFilesBesideThemAreIndexed(@TempDir Path folder,
                                                                              CapturedOutput output) throws Exception {
        // given: a good file, a page nested 20,000 elements deep, a name that is not UTF-8, a link
        // to itself and a link to nothing
        Files.writeString(folder.resolve("good.txt"), STORY);
        Files.writeString(folder.resolve("deep.html"), "<html><body>" + "<div>".repeat(20_000)
                + "<p>Prosecutors in Antwerp charged 12 dock workers with smuggling, a court spokesman said.</p>"
                + "</div>".repeat(20_000) + "</body></html>");
        Process badName = new ProcessBuilder("sh", "-c", "printf '%s' 'Police in Lyon arrested two men on Monday.' "
                + "> \"$(printf 'bad\\377\\376name.txt')\"").directory(folder.toFile()).start();
        assumeThat(badName.waitFor()).as("a file name of raw bytes can be made here").isZero();
        Files.createSymbolicLink(folder.resolve("loop.txt"), Path.of("loop.txt"));
        Files.createSymbolicLink(folder.resolve("dangling.txt"), Path.of("gone.txt"));
        // and a PDF that is none, an empty file and binary garbage named like a page
        Files.write(folder.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes());
        Files.createFile(folder.resolve("empty.txt"));
        Files.write(folder.resolve("garbage.html"), new byte[] {0, 1, 2, (byte) 0xff, 0, 7, 0, 0, 9, 0, 0, 0});

        // when
        JobExecution execution = run(folder);
        IngestSummary summary = IngestSummary.of(execution);

        // then: the run completes, the readable files are documents, deep text kept
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summary.indexed()).isEqualTo(2);
        client.indices().refresh(r -> r.index(indices.documents()));
        assertThat(client.search(s -> s.index(indices.documents()).size(10), DocumentRecord.class).hits().hits())
                .extracting(hit -> hit.source().text())
                .containsExactlyInAnyOrder(STORY,
                        "Prosecutors in Antwerp charged 12 dock workers with smuggling, a court spokesman said.");
        // and each file that could not be read is in the ledger with a reason an operator can act on
        List<SkipEntry> skips = skipLedger.forRun(execution.getId());
        assertThat(skips).filteredOn(skip -> skip.stage().equals("read"))
                .extracting(skip -> Path.of(skip.item()).getFileName().toString().replace('\uFFFD', '?'),
                        SkipEntry::stage, SkipEntry::reason)
                .containsExactlyInAnyOrder(
                        tuple("bad??name.txt", "read", "the file name is not valid UTF-8 (bytes this system cannot "
                                + "spell): rename the file"),
                        tuple("loop.txt", "read", "a symbolic link loop: the link leads back to itself"),
                        tuple("dangling.txt", "read", "a symbolic link whose target is missing"));
        assertThat(skips).filteredOn(skip -> skip.stage().equals("parse"))
                .extracting(skip -> Path.of(skip.item()).getFileName().toString())
                .containsExactlyInAnyOrder("broken.pdf", "empty.txt", "garbage.html");
        assertThat(summary.skipped()).isEqualTo(6);
        // and none of these routine skips prints a stack trace: a line each, with its reason
        assertThat(output.getOut() + output.getErr()).contains("Skipped ").contains("broken.pdf at parse: ")
                .doesNotContainPattern("(?m)^\\s+at [\\w$.]+\\(").doesNotContain("Caused by:");
    }

    @Test
    void aDocumentTheIndexRefusesLeavesNoMentionsBehind(@TempDir Path folder) throws Exception {
        // given: a file stating more figures than a document may nest (10,000), beside a good one
        StringBuilder figures = new StringBuilder();
        for (int i = 1; i <= 6_000; i++) {
            figures.append("Interpol fined bank ").append(i).append(" $").append(i).append(" million and ")
                    .append(i).append(",000 people in Lyon on March ").append(i % 28 + 1).append(", 2023.\n\n");
        }
        Files.writeString(folder.resolve("figures.txt"), figures);
        Files.writeString(folder.resolve("good.txt"), STORY);

        // when
        JobExecution execution = run(folder);

        // then: the refused file is a skip at the index stage, and none of its mentions stay
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        client.indices().refresh(r -> r.index(indices.documents()));
        assertThat(client.search(s -> s.index(indices.documents()).size(10), DocumentRecord.class).hits().hits())
                .extracting(hit -> Path.of(hit.source().source()).getFileName().toString()).containsExactly("good.txt");
        assertThat(skipLedger.forRun(execution.getId())).singleElement().satisfies(skip -> {
            assertThat(skip.item()).endsWith("figures.txt");
            assertThat(skip.stage()).isEqualTo("index");
        });
        client.indices().refresh(r -> r.index(indices.mentions()));
        assertThat(client.search(s -> s.index(indices.mentions()).size(100), Mention.class).hits().hits())
                .extracting(hit -> hit.source().text()).isNotEmpty().doesNotContain("Interpol");
    }

    @Test
    void aDocumentAnEarlierVersionLeftHalfWrittenIsRepairedNotCountedAsADuplicate(@TempDir Path tmp) throws Exception {
        // given: two stories indexed whole, then left as a run of an earlier version cut off would leave them:
        // one document with its people and organisations but no mentions, one's mentions without their document
        Path first = Files.createDirectories(tmp.resolve("first"));
        Files.writeString(first.resolve("rotterdam.txt"), STORY);
        Files.writeString(first.resolve("antwerp.txt"), "Prosecutors in Antwerp charged Jan Peeters and the Belgian "
                + "Customs Service with smuggling 12 tonnes of cocaine, Interpol said on Tuesday.");
        assertThat(IngestSummary.of(run(first)).indexed()).isEqualTo(2);
        String rotterdam = documentId("rotterdam.txt");
        String antwerp = documentId("antwerp.txt");
        long rotterdamMentions = mentionCount(rotterdam);
        long antwerpMentions = mentionCount(antwerp);
        assertThat(rotterdamMentions).isPositive();
        assertThat(antwerpMentions).isPositive();
        for (var mention : client.search(s -> s.index(indices.mentions()).size(1000)
                .query(q -> q.term(t -> t.field("documentId").value(rotterdam))), Mention.class).hits().hits()) {
            client.delete(d -> d.index(indices.mentions()).id(mention.id()));
        }
        client.delete(d -> d.index(indices.documents()).id(antwerp));
        assertThat(mentionCount(rotterdam)).isZero();
        // and the earlier version's rules named one person the current ones do not
        client.update(u -> u.index(indices.documents()).id(rotterdam)
                .doc(java.util.Map.of("people", List.of("an earlier rule's name"))), Object.class);

        // when: the same files are ingested again, from another folder (the cut-off run never saved its cursor)
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.copy(first.resolve("rotterdam.txt"), second.resolve("rotterdam.txt"));
        Files.copy(first.resolve("antwerp.txt"), second.resolve("antwerp.txt"));
        JobExecution execution = run(second);
        IngestSummary repaired = IngestSummary.of(execution);

        // then: both are whole again, and the one that lacked its mentions is repaired, not a duplicate
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(repaired.duplicates()).isZero();
        assertThat(repaired.indexed()).isEqualTo(2);
        assertThat(repaired.repaired()).isEqualTo(1);
        assertThat(repaired.details()).contains("repaired: 1 document an earlier run left without all their mentions "
                + "(counted as indexed)");
        assertThat(mentionCount(rotterdam)).isEqualTo(rotterdamMentions);
        assertThat(mentionCount(antwerp)).isEqualTo(antwerpMentions);
        assertThat(client.exists(e -> e.index(indices.documents()).id(antwerp)).value()).isTrue();
        assertThat(client.get(g -> g.index(indices.documents()).id(rotterdam), DocumentRecord.class).source().people())
                .doesNotContain("an earlier rule's name");

        // and whole documents read again are duplicates, as before
        Path third = Files.createDirectories(tmp.resolve("third"));
        Files.copy(first.resolve("rotterdam.txt"), third.resolve("rotterdam.txt"));
        Files.copy(first.resolve("antwerp.txt"), third.resolve("antwerp.txt"));
        IngestSummary again = IngestSummary.of(run(third));
        assertThat(again.duplicates()).isEqualTo(2);
        assertThat(again.repaired()).isZero();
        assertThat(again.indexed()).isZero();
    }

    private String documentId(String fileName) throws IOException {
        client.indices().refresh(r -> r.index(indices.documents()));
        return client.search(s -> s.index(indices.documents()).size(10), DocumentRecord.class).hits().hits().stream()
                .filter(hit -> hit.source().source().endsWith(fileName)).findFirst().orElseThrow().id();
    }

    private long mentionCount(String documentId) throws IOException {
        client.indices().refresh(r -> r.index(indices.mentions()));
        return client.count(c -> c.index(indices.mentions())
                .query(q -> q.term(t -> t.field("documentId").value(documentId)))).count();
    }

    private JobExecution run(Path folder) throws Exception {
        return jobLauncher.run(ingestJob, new JobParametersBuilder()
                .addString(IngestJobConfiguration.INPUT, folder.toAbsolutePath().normalize().toString())
                .addLong(IngestJobConfiguration.RUN_AT, System.nanoTime())
                .toJobParameters());
    }
}
