package org.dossier.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Figure;
import org.dossier.config.domain.Mention;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;

/** The ingest job end to end, against the local Elasticsearch and the H2 store. */
// Progress is logged (the tests run on no terminal) every 300 ms rather than every 5 s.
@SpringBootTest(properties = "dossier.ingest.progress-every=300ms")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class IngestJobFunctionalTests {

    private static final Path SAMPLE_CORPUS = Path.of("sample-corpus/documents");

    @Autowired JobLauncher jobLauncher;
    @Autowired Job ingestJob;
    @Autowired JobExplorer jobExplorer;
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
    void ingestingTheSampleCorpusTwiceKeepsOneDocumentPerDistinctText() throws Exception {
        // given: the sample corpus, in which one article is published twice, at two addresses
        long files;
        try (var walk = Files.walk(SAMPLE_CORPUS)) {
            files = walk.filter(Files::isRegularFile).count();
        }

        // when
        JobExecution firstRun = run(SAMPLE_CORPUS);
        IngestSummary first = IngestSummary.of(firstRun);
        IngestSummary second = IngestSummary.of(run(SAMPLE_CORPUS));

        // then
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.read()).isEqualTo(files);
        assertThat(first.skipped()).isZero();
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.indexed()).isEqualTo(files - 1);
        assertThat(second.status()).isEqualTo("COMPLETED");
        assertThat(second.indexed()).isZero();
        assertThat(second.read()).as("files read again").isZero();
        assertThat(second.unchanged()).isEqualTo(files);
        assertThat(documentCount()).isEqualTo(files - 1);
        // and the files were shared out over the three partitions of the test setup, each taking some
        List<StepExecution> partitions = firstRun.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("ingestPartition")).toList();
        assertThat(partitions).hasSize(3).allSatisfy(partition -> assertThat(partition.getReadCount()).isPositive());
        assertThat(partitions.stream().mapToLong(StepExecution::getReadCount).sum()).isEqualTo(files);

        // and the job repository remembers both runs of this folder
        List<JobExecution> runs = jobExplorer.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 100).stream()
                .flatMap(instance -> jobExplorer.getJobExecutions(instance).stream())
                .filter(execution -> SAMPLE_CORPUS.toAbsolutePath().normalize().toString()
                        .equals(execution.getJobParameters().getString(IngestJobConfiguration.INPUT)))
                .toList();
        assertThat(runs).filteredOn(run -> run.getId() == first.runId() || run.getId() == second.runId())
                .extracting(JobExecution::getStatus).containsExactly(BatchStatus.COMPLETED, BatchStatus.COMPLETED);
    }

    @Test
    void offATerminalTheRunLogsHowFarItIsAtItsIntervalOutOfWhatItListed(@TempDir Path folder, CapturedOutput output)
            throws Exception {
        // given: thirty articles: a run that lasts several of the test's intervals (300 ms) even on a quiet machine
        try (var html = Files.list(SAMPLE_CORPUS.resolve("news/wikinews"))) {
            for (Path page : html.sorted().limit(30).toList()) {
                Files.copy(page, folder.resolve(page.getFileName()));
            }
        }

        // when
        IngestSummary summary = IngestSummary.of(run(folder));

        // then: lines came while the chunks were parsed and analysed, counting out of the thirty listed
        assertThat(summary.indexed()).isEqualTo(30);
        assertThat(output.getOut()).containsPattern("Ingest: \\d+/30 files, [0-9.]+ files/s, ")
                .doesNotContain("Progress could not be shown");
    }

    @Test
    void badInputIsSkippedWithItsReasonAndTheRestIsIngested(@TempDir Path folder) throws Exception {
        // given: three good files, one of them a windows-1252 page that does not say so
        Files.copy(SAMPLE_CORPUS.resolve("reports/FIN-2011-A009_information-on-narcotics-and-bulk-currency-corridors.pdf"),
                folder.resolve("narcotics.pdf"));
        try (var html = Files.list(SAMPLE_CORPUS.resolve("news/wikinews"))) {
            Files.copy(html.sorted().findFirst().orElseThrow(), folder.resolve("article.html"));
        }
        Files.write(folder.resolve("cafe.html"), ("<html><body><article><p>Caf\u00e9 owners paid \u20ac5,000 in fines, "
                + "the \u201cinspectors\u201d said on Tuesday, after a second visit to the r\u00e9gie.</p></article></body></html>")
                .getBytes("windows-1252"));
        // and a truncated PDF, an empty file, binary garbage named .html and a 100 MB text file
        Files.copy(Path.of("src/test/resources/corrupt/broken-report.pdf"), folder.resolve("broken-report.pdf"));
        Files.createFile(folder.resolve("empty.txt"));
        byte[] garbage = new byte[50_000];
        new Random(11).nextBytes(garbage);
        Files.write(folder.resolve("garbage.html"), garbage);
        byte[] megabyte = "log line of a very large export\n".repeat(32_768).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(folder.resolve("huge.txt"))) {
            for (int i = 0; i < 100; i++) {
                out.write(megabyte);
            }
        }

        // when
        JobExecution execution = run(folder);
        IngestSummary summary = IngestSummary.of(execution);

        // then: the night goes on, and the ledger says what was left out and why
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(summary.read()).isEqualTo(7);
        assertThat(summary.skipped()).isEqualTo(4);
        assertThat(summary.indexed()).isEqualTo(3);
        assertThat(documentCount()).isEqualTo(3);
        assertThat(client.search(s -> s.index(indices.documents()).query(q -> q.match(m -> m.field("text")
                .query("\u20ac5,000 inspectors"))), DocumentRecord.class).hits().hits())
                .singleElement().satisfies(hit -> assertThat(hit.source().text()).contains("Caf\u00e9", "\u201cinspectors\u201d"));
        List<SkipEntry> skips = skipLedger.forRun(execution.getId());
        assertThat(skips).allSatisfy(skip -> {
            assertThat(skip.stage()).isEqualTo("parse");
            assertThat(skip.source()).isEqualTo(folder.toString());
        });
        assertThat(skips).extracting(skip -> Path.of(skip.item()).getFileName().toString(), SkipEntry::reason)
                .containsExactlyInAnyOrder(
                        tuple("broken-report.pdf", "unreadable application/pdf: Page tree root must be a dictionary"),
                        tuple("empty.txt", "empty file"),
                        tuple("garbage.html", "binary data in a file named like a web page, not HTML"),
                        tuple("huge.txt", "too large: 100.0 MB, over the 64.0 MB limit (dossier.ingest.max-file-size)"));
        // and the run's report counts them by kind, and says where the time went
        assertThat(summary.details()).containsExactly(
                "skipped by reason: binary data in a file named like a web page, not HTML 1, empty file 1, "
                        + "too large 1, unreadable application/pdf 1",
                summary.details().get(1));
        assertThat(summary.details().get(1)).matches("time by stage: read [0-9.]+ s, fetch [0-9.]+ s, "
                + "parse [0-9.]+ s, analyse [0-9.]+ s, index [0-9.]+ s, link [0-9.]+ s");
    }

    @Test
    void anArchivesMembersAreIndexedUnderItAndABrokenMemberIsASkip(@TempDir Path folder) throws Exception {
        // given: an archive holding a cover letter, a truncated PDF and another archive with a note
        Path filing = folder.resolve("filing.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(filing))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("cover.txt"));
            zip.write("Cover letter to the harbour authority about the timber cargoes.".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("annex.pdf"));
            zip.write(Files.readAllBytes(Path.of("src/test/resources/corrupt/broken-report.pdf")));
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.zip"));
            var inner = new java.io.ByteArrayOutputStream();
            try (var notes = new java.util.zip.ZipOutputStream(inner)) {
                notes.putNextEntry(new java.util.zip.ZipEntry("note.txt"));
                notes.write("Inspectors found altered manifests on 38 voyages.".getBytes(StandardCharsets.UTF_8));
            }
            zip.write(inner.toByteArray());
        }

        // when
        JobExecution execution = run(folder);
        IngestSummary summary = IngestSummary.of(execution);

        // then: one file read, four documents (the archive, the letter, the inner archive, the note)
        assertThat(summary.read()).isEqualTo(1);
        assertThat(summary.indexed()).isEqualTo(4);
        assertThat(summary.skipped()).isEqualTo(1);
        Map<String, DocumentRecord> bySource = new HashMap<>();
        client.search(s -> s.index(indices.documents()).size(10), DocumentRecord.class).hits().hits()
                .forEach(hit -> bySource.put(hit.source().source(), hit.source()));
        DocumentRecord archive = bySource.get(filing.toString());
        DocumentRecord notes = bySource.get(filing + "!/notes.zip");
        assertThat(bySource).containsOnlyKeys(filing.toString(), filing + "!/cover.txt", filing + "!/notes.zip",
                filing + "!/notes.zip/note.txt");
        assertThat(archive.parent()).isNull();
        assertThat(bySource.get(filing + "!/cover.txt").parent()).isEqualTo(archive.id());
        assertThat(notes.parent()).isEqualTo(archive.id());
        assertThat(bySource.get(filing + "!/notes.zip/note.txt").parent()).isEqualTo(notes.id());
        // and the member that could not be read is in the ledger under its place in the archive
        assertThat(skipLedger.forRun(execution.getId())).singleElement().satisfies(skip -> {
            assertThat(skip.item()).isEqualTo(filing + "!/annex.pdf");
            assertThat(skip.stage()).isEqualTo("parse");
            assertThat(skip.reason()).startsWith("unreadable application/pdf: ");
        });
    }

    @Test
    void aStoryRepublishedUnderANewHeadlineIsKeptAndLinkedToTheOriginal(@TempDir Path folder) throws Exception {
        // given: a story, the same story with a new headline and a paragraph changed, and another story
        try (var texts = Files.list(Path.of("src/test/resources/near-duplicates"))) {
            for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(text, folder.resolve(text.getFileName()));
            }
        }

        // when
        IngestSummary first = IngestSummary.of(run(folder));
        IngestSummary again = IngestSummary.of(run(folder));

        // then: all three are documents; one version points at the other, the other story at none
        assertThat(first.indexed()).isEqualTo(3);
        assertThat(first.nearDuplicates()).isEqualTo(1);
        assertThat(first.line()).contains(" near_duplicates=1 ");
        Map<String, DocumentRecord> bySource = new HashMap<>();
        client.search(s -> s.index(indices.documents()).size(10), DocumentRecord.class).hits().hits()
                .forEach(hit -> bySource.put(Path.of(hit.source().source()).getFileName().toString(), hit.source()));
        DocumentRecord original = bySource.get("wire-story.txt");
        DocumentRecord republished = bySource.get("republished.txt");
        DocumentRecord copy = original.nearDuplicates().isEmpty() ? republished : original;
        DocumentRecord root = copy == original ? republished : original;
        assertThat(copy.nearDuplicates()).containsExactly(root.id());
        assertThat(root.nearDuplicates()).isEmpty();
        assertThat(bySource.get("other-story.txt").nearDuplicates()).isEmpty();
        assertThat(bySource.values()).allSatisfy(d -> assertThat(d.fingerprint().checked()).isTrue());
        // and a second run links nothing new
        assertThat(again.nearDuplicates()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void aStoryRepublishedManyTimesIsLinkedToOneDocumentPerCopyNotToEveryCopy(@TempDir Path folder) throws Exception {
        // given: a wire story and forty copies, each with its own line of credit, and another story
        String story = Files.readString(Path.of("src/test/resources/near-duplicates/wire-story.txt"));
        for (int k = 0; k <= 40; k++) {
            Files.writeString(folder.resolve("copy-" + k + ".txt"), story + "\nDistributed by partner site number " + k + ".\n");
        }
        Files.copy(Path.of("src/test/resources/near-duplicates/other-story.txt"), folder.resolve("other-story.txt"));

        // when
        IngestSummary summary = IngestSummary.of(run(folder));

        // then: every copy but the first compared links to that first one, which links to none
        assertThat(summary.indexed()).isEqualTo(42);
        assertThat(summary.nearDuplicates()).isEqualTo(40);
        List<DocumentRecord> copies = new ArrayList<>();
        client.search(s -> s.index(indices.documents()).size(100), DocumentRecord.class).hits().hits().stream()
                .map(hit -> hit.source()).filter(d -> d.source().contains("copy-")).forEach(copies::add);
        List<DocumentRecord> roots = copies.stream().filter(d -> d.nearDuplicates().isEmpty()).toList();
        assertThat(roots).hasSize(1);
        assertThat(copies).filteredOn(d -> !d.nearDuplicates().isEmpty())
                .hasSize(40)
                .allSatisfy(d -> assertThat(d.nearDuplicates()).containsExactly(roots.get(0).id()));

        // and copies that come the next night join the same cluster
        for (int k = 41; k <= 45; k++) {
            Files.writeString(folder.resolve("copy-" + k + ".txt"), story + "\nDistributed by partner site number " + k + ".\n");
        }
        IngestSummary next = IngestSummary.of(run(folder));
        assertThat(next.indexed()).isEqualTo(5);
        assertThat(next.nearDuplicates()).isEqualTo(5);
        assertThat(client.search(s -> s.index(indices.documents()).size(100), DocumentRecord.class).hits().hits())
                .filteredOn(hit -> hit.source().source().contains("copy-"))
                .hasSize(46)
                .allSatisfy(hit -> assertThat(hit.source().nearDuplicates()).isIn(List.of(), List.of(roots.get(0).id())));
    }

    @Test
    void mentionsAndFiguresAreIndexedAndOtherLanguagesAreNoted(@TempDir Path folder) throws Exception {
        // given: an English article and a German report
        Path article;
        try (var html = Files.list(SAMPLE_CORPUS.resolve("news/wikinews"))) {
            article = html.filter(p -> p.getFileName().toString().contains("magnitogorsk")).sorted().findFirst()
                    .orElseThrow();
        }
        Files.copy(article, folder.resolve("article.html"));
        Files.copy(Path.of("src/test/resources/languages/bericht.txt"), folder.resolve("bericht.txt"));

        // when
        run(folder);

        // then: the article's places are mentions with their sentence, and summarised on the document
        var english = client.search(s -> s.index(indices.documents()).query(q -> q.term(t -> t.field("language")
                .value("en"))), DocumentRecord.class).hits().hits().get(0).source();
        assertThat(english.locations()).contains("magnitogorsk", "russia");
        assertThat(english.nlpNote()).isNull();
        var mentions = client.search(s -> s.index(indices.mentions()).size(100)
                .query(q -> q.term(t -> t.field("documentId").value(english.id()))), Mention.class)
                .hits().hits().stream().map(h -> h.source()).toList();
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(Mention.LOCATION);
            assertThat(m.text()).isEqualTo("Magnitogorsk");
            assertThat(english.text().substring(m.start(), m.end())).isEqualTo("Magnitogorsk");
            assertThat(m.sentence()).contains("Magnitogorsk");
            assertThat(m.id()).isEqualTo(english.id() + ":" + m.start() + "-" + m.end());
        });
        assertThat(english.figures()).extracting(Figure::type).contains(Figure.DATE);

        // and the German report is indexed, with the reason it has no entities
        var german = client.search(s -> s.index(indices.documents()).query(q -> q.term(t -> t.field("language")
                .value("de"))), DocumentRecord.class).hits().hits().get(0).source();
        assertThat(german.nlpNote()).isEqualTo("no NER model for de");
        assertThat(german.people()).isEmpty();
    }

    private JobExecution run(Path folder) throws Exception {
        return jobLauncher.run(ingestJob, new JobParametersBuilder()
                .addString(IngestJobConfiguration.INPUT, folder.toAbsolutePath().normalize().toString())
                .addLong(IngestJobConfiguration.RUN_AT, System.nanoTime())
                .toJobParameters());
    }

    private long documentCount() throws IOException {
        client.indices().refresh(r -> r.index(indices.documents()));
        return client.count(c -> c.index(indices.documents())).count();
    }
}
