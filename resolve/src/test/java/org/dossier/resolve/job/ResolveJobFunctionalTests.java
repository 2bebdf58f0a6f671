package org.dossier.resolve.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.EntityRecord;
import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Mention;
import org.dossier.config.domain.ReviewCandidate;
import org.dossier.config.domain.Verdict;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.JudgementStore;
import org.dossier.resolve.FreshIndices;
import org.dossier.config.store.ReviewQueue;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.state.StateFiles;

/** The resolve job end to end, against the local Elasticsearch and the H2 store. */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ResolveJobFunctionalTests {

    @Autowired JobLauncher jobLauncher;
    @Autowired ResolveLauncher launcher;
    @Autowired Job resolveJob;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;
    @Autowired JudgementStore judgements;
    @Autowired org.dossier.config.store.PreferredNames preferredNames;
    @Autowired ReviewQueue reviewQueue;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityRegistry registry;
    private static final Map<String, Instant> PUBLISHED = Map.of("a", Instant.parse("2024-03-01T00:00:00Z"),
            "b", Instant.parse("2025-06-01T00:00:00Z"), "c", Instant.parse("2025-07-01T00:00:00Z"));
    private long runAt = System.currentTimeMillis();

    @BeforeEach
    void emptyIndicesAndStore() throws IOException {
        jdbc.update("DELETE FROM judgement");
        jdbc.update("DELETE FROM review_candidate");
        jdbc.update("DELETE FROM entity_name");
        jdbc.update("DELETE FROM entity");
        jdbc.update("DELETE FROM preferred_name");
        FreshIndices.make(client, indices, schemas);
    }

    @Test
    void mentionsBecomeEntitiesThatCarryOverToMentionsAndLastFromRunToRun() throws Exception {
        // given: the Interpol example over three documents
        documents("a", "b", "c");
        index(mention("a", 0, "PERSON", "Jürgen Stock"), mention("a", 40, "PERSON", "Stock"),
                mention("a", 80, "ORGANIZATION", "International Criminal Police Organization"),
                mention("a", 124, "ORGANIZATION", "Interpol", "The International Criminal Police Organization (Interpol) met."),
                mention("b", 0, "PERSON", "Jurgen Stock"), mention("b", 30, "ORGANIZATION", "Interpol"),
                mention("c", 0, "PERSON", "Jurgen Klopp"), mention("c", 30, "LOCATION", "Lyon"));

        // when
        ResolveSummary first = run();
        ResolveSummary second = run();

        // then: one Stock, one Interpol, one Klopp; places are not resolved
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.mentions()).isEqualTo(7);
        assertThat(first.entities()).isEqualTo(3);
        Map<String, String> entityOf = entityOfMention();
        assertThat(entityOf.get("a:0-12")).isEqualTo(entityOf.get("a:40-45")).isEqualTo(entityOf.get("b:0-12"))
                .isNotEqualTo(entityOf.get("c:0-12"));
        assertThat(entityOf.get("a:80-122")).isEqualTo(entityOf.get("b:30-38")).isEqualTo(entityOf.get("a:124-132"));
        assertThat(entityOf).doesNotContainKey("c:30-34");
        EntityRecord stock = entity(entityOf.get("a:0-12"));
        assertThat(stock.mentionCount()).isEqualTo(3);
        assertThat(stock.documentCount()).isEqualTo(2);
        assertThat(stock.firstSeen()).isEqualTo(PUBLISHED.get("a"));
        assertThat(stock.lastSeen()).isEqualTo(PUBLISHED.get("b"));
        assertThat(stock.aliases()).contains("Stock");
        assertThat(stock.coMentioned()).containsExactly(entityOf.get("a:80-122"));
        // and each document lists the entities it names
        assertThat(entityIds("a")).containsExactlyInAnyOrder(entityOf.get("a:0-12"), entityOf.get("a:80-122"));
        // and a second run over the same mentions keeps the ids and writes nothing
        assertThat(second.written()).isZero();
        assertThat(second.created()).isZero();
        assertThat(entityOfMention()).isEqualTo(entityOf);
    }

    @Test
    void pairsTheResolverIsUnsureOfWaitForAnalystsWithTheirEvidenceUntilDecided() throws Exception {
        documents("a", "b");
        index(mention("a", 0, "PERSON", "Anna Berg", "Anna Berg chairs the board of Nordea."),
                mention("a", 20, "ORGANIZATION", "Nordea"),
                mention("b", 0, "PERSON", "Ana Berg", "Nordea's chair, Ana Berg, resigned."),
                mention("b", 20, "ORGANIZATION", "Nordea"));

        ResolveSummary first = run();
        List<ReviewCandidate> queue = reviewQueue.first(10);
        judgements.decide(new Judgement(queue.get(0).keyA(), queue.get(0).keyB(), Verdict.SAME), "analyst", null,
                Instant.now());
        ResolveSummary decided = run();

        assertThat(first.review()).isEqualTo(1);
        assertThat(queue).singleElement().satisfies(candidate -> {
            assertThat(List.of(candidate.keyA(), candidate.keyB()))
                    .containsExactlyInAnyOrder("PERSON:anna berg", "PERSON:ana berg");
            assertThat(candidate.sharedCoMentions()).isEqualTo(1);
            assertThat(candidate.evidence()).contains("tokens", "co-mentioned names: one shared", "words around:",
                    "Anna Berg: Anna Berg chairs the board of Nordea.", "Ana Berg: Nordea's chair, Ana Berg, resigned.");
        });
        assertThat(decided.review()).isZero();
        assertThat(reviewQueue.first(10)).isEmpty();
        assertThat(entityOfMention().get("a:0-9")).isEqualTo(entityOfMention().get("b:0-8"));
    }

    @Test
    void judgementsSplitAndMergeOnTheNextRunAndAMergedIdPointsToItsSurvivor() throws Exception {
        documents("a", "b", "c", "d");
        index(mention("a", 0, "PERSON", "John Smith"), mention("b", 0, "PERSON", "John Smyth"),
                mention("c", 0, "PERSON", "Bibi Netanyahu"), mention("d", 0, "PERSON", "Benjamin Netanyahu"));
        run();
        Map<String, String> before = entityOfMention();
        assertThat(before.get("a:0-10")).isEqualTo(before.get("b:0-10"));
        assertThat(before.get("c:0-14")).isNotEqualTo(before.get("d:0-18"));

        // when: an analyst says the Smiths differ and the Netanyahus are one
        judgements.decide(new Judgement("PERSON:john smith", "PERSON:john smyth", Verdict.NOT_SAME), "analyst",
                "banker and footballer", Instant.now());
        judgements.decide(new Judgement("PERSON:bibi netanyahu", "PERSON:benjamin netanyahu", Verdict.SAME),
                "analyst", null, Instant.now());
        ResolveSummary next = run();

        // then
        Map<String, String> after = entityOfMention();
        assertThat(after.get("a:0-10")).isNotEqualTo(after.get("b:0-10"));
        assertThat(after.get("c:0-14")).isEqualTo(after.get("d:0-18"));
        assertThat(next.merged()).isEqualTo(1);
        String survivor = after.get("c:0-14");
        String retired = survivor.equals(before.get("c:0-14")) ? before.get("d:0-18") : before.get("c:0-14");
        assertThat(entity(retired).redirectTo()).isEqualTo(survivor);
        assertThat(entity(survivor).mergedFrom()).containsExactly(retired);
    }

    @Test
    void aNameAnAnalystChoseIsKeptByLaterRuns() throws Exception {
        documents("a", "b");
        index(mention("a", 0, "PERSON", "Jurgen Stock"), mention("a", 20, "PERSON", "Jürgen Stock"),
                mention("b", 0, "PERSON", "Jurgen Stock"));
        run();
        String id = entityOfMention().get("a:0-12");
        assertThat(entity(id).name()).isEqualTo("Jurgen Stock");

        preferredNames.choose(id, "Jürgen Stock", "analyst", Instant.now());
        run();

        assertThat(entity(id).name()).isEqualTo("Jürgen Stock");
        assertThat(entity(id).aliases()).containsExactly("Jurgen Stock");
    }

    @Test
    void namesInABlockTooLargeToCompareAreCountedAndListedNotDroppedSilently() throws Exception {
        // given: more people called "J... Smith" than a block compares (500), each name its own
        documents("a");
        List<Mention> smiths = new ArrayList<>();
        for (int k = 0; k < 501; k++) {
            String first = "J" + (char) ('a' + k / 26 / 26 % 26) + (char) ('a' + k / 26 % 26) + (char) ('a' + k % 26);
            smiths.add(mention("a", 20 * k, "PERSON", first + " Smith"));
        }
        smiths.add(mention("a", 20 * 501, "PERSON", "Jürgen Stock"));
        index(smiths.toArray(Mention[]::new));

        // when
        ResolveSummary summary = run();

        // then: the two blocks they share (surname and initial, and its sound) are left out, their
        // names counted, and each block listed in the run's skips with its first names
        assertThat(summary.oversizeBlocks()).isEqualTo(2);
        assertThat(summary.leftOut()).isEqualTo(501);
        assertThat(summary.line()).contains(" left_out=501 ");
        assertThat(summary.details()).anySatisfy(line -> assertThat(line).startsWith("left out: 2 blocks"));
        assertThat(summary.details()).anySatisfy(line -> assertThat(line).startsWith("time by phase: read "));
        List<Map<String, Object>> skipped = jdbc.queryForList(
                "SELECT item, stage, reason FROM skip_ledger WHERE job_execution_id = ? ORDER BY item", summary.runId());
        assertThat(skipped).hasSize(2).allSatisfy(skip -> {
            assertThat(skip.get("STAGE")).isEqualTo("block");
            assertThat((String) skip.get("REASON")).startsWith("501 names share this block, more than the 500")
                    .contains("Jaaa Smith");
        });
        assertThat(skipped.get(1).get("ITEM")).isEqualTo("type+surname: person / smith j");
        // and the rest is resolved as ever
        assertThat(summary.entities()).isEqualTo(502);
    }

    @Test
    void aRunThatFailsWhileWritingTheMentionsIsRestartedThereAndFinishesAsAnUninterruptedRunWould() throws Exception {
        // given: the Interpol example, and a mentions index that takes no writes
        interpolExample();
        blockWrites(indices.mentions(), true);

        // when: a run fails, the index is writable again, and resolve is run again
        JobExecution failed;
        JobExecution restarted;
        try {
            failed = launcher.run();
        } finally {
            blockWrites(indices.mentions(), false);
        }
        restarted = launcher.run();

        // then: the first run made the entities and stopped at the mentions
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).filteredOn(step -> !step.getStepName().contains(":partition"))
                .extracting(StepExecution::getStepName, StepExecution::getStatus)
                .containsExactly(tuple("readNames", BatchStatus.COMPLETED), tuple("scorePairs", BatchStatus.COMPLETED),
                        tuple("clusterNames", BatchStatus.COMPLETED), tuple("publishMentions", BatchStatus.FAILED));
        // and the second is the same run, taken up at the mentions, the names not resolved again
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        assertThat(restarted.getStepExecutions()).filteredOn(step -> !step.getStepName().contains(":partition"))
                .extracting(StepExecution::getStepName).containsExactly("publishMentions");
        // and the mentions carry their entities as an uninterrupted run leaves them
        assertResolvedAsOneRunWould(restarted);
    }

    @Test
    void aRunThatFailsWhilePublishingTheEntitiesReadsAndScoresTheNamesAgainOnRestartAndFinishesAsAnUninterruptedRunWould()
            throws Exception {
        // given: the Interpol example, and an entities index that takes no writes
        interpolExample();
        blockWrites(indices.entities(), true);

        // when: a run fails, the index is writable again, and resolve is run again
        JobExecution failed;
        try {
            failed = launcher.run();
        } finally {
            blockWrites(indices.entities(), false);
        }
        JobExecution restarted = launcher.run();

        // then: the first run stopped in the cluster step, whose work it held in memory
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).filteredOn(step -> !step.getStepName().contains(":partition"))
                .extracting(StepExecution::getStepName, StepExecution::getStatus)
                .containsExactly(tuple("readNames", BatchStatus.COMPLETED), tuple("scorePairs", BatchStatus.COMPLETED),
                        tuple("clusterNames", BatchStatus.FAILED));
        // and the restart, the same run, read and scored the names again before it went on
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getJobInstance().getId()).isEqualTo(failed.getJobInstance().getId());
        assertThat(restarted.getStepExecutions()).filteredOn(step -> !step.getStepName().contains(":partition"))
                .extracting(StepExecution::getStepName)
                .containsExactly("readNames", "scorePairs", "clusterNames", "publishMentions");
        assertThat(restarted.getStepExecutions()).filteredOn(step -> step.getStepName().startsWith("pairsPartition:"))
                .isNotEmpty().allSatisfy(step -> assertThat(step.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        assertResolvedAsOneRunWould(restarted);
    }

    @Test
    void aProcessThatDoesNotSeeTheStateARunWroteSurveysTheMentionsAgainAndReadsThemAsTheRunDid(@TempDir Path elsewhere)
            throws Exception {
        // given: a name that three documents of four call a place, and a run over them
        documents("a", "b", "c", "d");
        index(mention("a", 0, "ORGANIZATION", "Lyon"), mention("a", 10, "PERSON", "Ana Ruiz"),
                mention("b", 0, "LOCATION", "Lyon"), mention("c", 0, "LOCATION", "Lyon"), mention("d", 0, "LOCATION", "Lyon"));
        JobExecution run = jobLauncher.run(resolveJob, new JobParametersBuilder()
                .addLong(ResolveJobConfiguration.RUN_AT, runAt++).toJobParameters());

        // when: a worker on another machine (a data directory without the run's state) takes a range of it
        NameEntities worker = new NameEntities(registry, new MentionReader(client, indices.mentions(), indices.documents()),
                StateFiles.in(elsewhere, indices.documents()));
        NameEntities.Lookup lookup = worker.acquire(run);
        List<MentionReader.Document> read = new ArrayList<>();
        new MentionReader(client, indices.mentions(), indices.documents())
                .documents("test", lookup.survey(), null, "a").forEachRemaining(read::add);

        // then: the corpus's vote is learnt again (Lyon is a place in a too: no organisation), and the names have
        // the run's entities
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(read).singleElement().satisfies(document ->
                assertThat(document.mentions()).extracting(MentionView::text).containsExactly("Ana Ruiz"));
        assertThat(lookup.entityOf("PERSON:ana ruiz")).isNotNull().isEqualTo(entityOfMention().get("a:10-18"));
    }

    @Test
    void runsThatReadOnlyTheDocumentsIndexedSinceTheLastGiveTheEntitiesOfOneRunOverEveryDocument(CapturedOutput output)
            throws Exception {
        // given: a corpus indexed in three parts, resolved after each
        Mention[][] parts = {
            {mention("a", 0, "PERSON", "Jürgen Stock", "Jürgen Stock leads Interpol."),
                mention("a", 40, "PERSON", "Stock"),
                mention("a", 80, "ORGANIZATION", "International Criminal Police Organization"),
                mention("a", 124, "ORGANIZATION", "Interpol", "The International Criminal Police Organization (Interpol) met."),
                mention("b", 0, "PERSON", "Anna Berg", "Anna Berg chairs the board of Nordea."),
                mention("b", 20, "ORGANIZATION", "Nordea"),
                // two names no later part mentions: their pair is scored once
                mention("a", 160, "PERSON", "Mark Jones", "Mark Jones works at Interpol."),
                mention("b", 40, "PERSON", "Marc Jones", "Marc Jones audits Nordea.")},
            {mention("c", 0, "PERSON", "Jurgen Stock", "Jurgen Stock spoke in Lyon."),
                mention("c", 30, "ORGANIZATION", "Interpol"),
                mention("d", 0, "PERSON", "Jurgen Klopp", "Jurgen Klopp left Liverpool."),
                mention("d", 30, "ORGANIZATION", "Liverpool FC")},
            {mention("e", 0, "PERSON", "Ana Berg", "Nordea's chair, Ana Berg, resigned."),
                mention("e", 20, "ORGANIZATION", "Nordea"),
                mention("f", 0, "PERSON", "Klopp", "Klopp and Jurgen Klopp are one man."),
                mention("f", 10, "PERSON", "Jurgen Klopp"),
                mention("f", 40, "PERSON", "J. Stock", "J. Stock of Interpol"),
                mention("f", 60, "ORGANIZATION", "Interpol")}};
        String[][] documentsOf = {{"a", "b"}, {"c", "d"}, {"e", "f"}};
        List<ResolveSummary> chain = new ArrayList<>();
        for (int part = 0; part < parts.length; part++) {
            index(parts[part]);
            documents(documentsOf[part]);
            chain.add(run());
        }
        Map<String, String> afterChain = entityOfMention();
        List<ReviewCandidate> queueAfterChain = reviewQueue.first(100);
        Map<String, List<String>> documentEntities = new java.util.HashMap<>();
        for (String document : List.of("a", "b", "c", "d", "e", "f")) {
            documentEntities.put(document, entityIds(document));
        }

        // when: one run reads every document, on the chain's store, then on an empty one
        ResolveSummary fullAfterChain = run(true);
        Map<String, String> afterFull = entityOfMention();
        jdbc.update("DELETE FROM review_candidate");
        jdbc.update("DELETE FROM entity_name");
        jdbc.update("DELETE FROM entity");
        ResolveSummary full = run(true);

        // then: the runs after the first read only their own part
        assertThat(chain).extracting(ResolveSummary::incremental).containsExactly(false, true, true);
        assertThat(chain).extracting(ResolveSummary::documentsRead).containsExactly(2L, 2L, 2L);
        assertThat(full.incremental()).isFalse();
        assertThat(full.documentsRead()).isEqualTo(6);
        // and score again only the pairs with a name of their own part
        assertThat(chain.get(2).pairsRecalled()).isPositive().isLessThan(chain.get(2).pairs());
        assertThat(List.of(chain.get(0), fullAfterChain, full)).extracting(ResolveSummary::pairsRecalled)
                .containsOnly(0L);
        assertThat(chain.get(2).mentions()).isEqualTo(full.mentions()).isEqualTo(18);
        assertThat(chain.get(2).names()).isEqualTo(full.names());
        // and the chain ends with the entities of the one run: the ids it kept, nothing to change
        assertThat(chain.get(2).entities()).isEqualTo(fullAfterChain.entities()).isEqualTo(full.entities());
        assertThat(afterFull).isEqualTo(afterChain);
        for (String document : documentEntities.keySet()) {
            assertThat(entityIds(document)).as(document).hasSameSizeAs(documentEntities.get(document));
        }
        assertThat(fullAfterChain.written()).isZero();
        // and from an empty store the same mentions go together (an id, made from a cluster's first
        // name, may differ: a cluster keeps its id when a name that sorts first joins it later)
        assertThat(together(entityOfMention())).isEqualTo(together(afterChain));
        assertThat(afterChain.get("a:0-12")).isNotNull().isEqualTo(afterChain.get("c:0-12"));
        assertThat(afterChain.get("d:0-12")).isEqualTo(afterChain.get("f:0-5")).isEqualTo(afterChain.get("f:10-22"));
        // and the chain's runs after the first compared the review queue with the copy the run before
        // kept, and left the queue one run over everything leaves
        assertThat(output.getOut().split("compared with the copy the last run kept", -1)).hasSize(3);
        assertThat(queueAfterChain).isNotEmpty();
        List<ReviewCandidate> queueOfFull = reviewQueue.first(100);
        assertThat(queueAfterChain).extracting(ReviewCandidate::keyA, ReviewCandidate::keyB, ReviewCandidate::mentions,
                        ReviewCandidate::sharedCoMentions)
                .isEqualTo(queueOfFull.stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.keyA(), c.keyB(),
                        c.mentions(), c.sharedCoMentions())).toList());
        for (int i = 0; i < queueOfFull.size(); i++) {
            assertThat(queueAfterChain.get(i).score()).isCloseTo(queueOfFull.get(i).score(),
                    org.assertj.core.data.Offset.offset(ReviewQueue.SCORE_MOVES));
        }

        // and a run reading on from there, whose document mentions neither name of a queued pair,
        // finds their rows in the copy and keeps them
        Map<String, Long> rowsOfFull = queueRowIds();
        index(mention("g", 0, "PERSON", "Lena Holm", "Lena Holm joined the board."));
        documents("g");
        assertThat(run().incremental()).isTrue();
        assertThat(output.getOut().split("compared with the copy the last run kept", -1)).hasSize(4);
        assertThat(queueRowIds()).isEqualTo(rowsOfFull);
        // and one whose document says the Bergs are one woman takes their pair off the queue
        index(mention("h", 0, "PERSON", "Ana Berg", "Ana Berg, born Anna Berg, chairs Nordea."),
                mention("h", 10, "PERSON", "Anna Berg"));
        documents("h");
        assertThat(run().incremental()).isTrue();
        assertThat(output.getOut().split("compared with the copy the last run kept", -1)).hasSize(5);
        rowsOfFull.remove("PERSON:ana berg / PERSON:anna berg");
        assertThat(queueRowIds()).isEqualTo(rowsOfFull).isNotEmpty();
    }

    @Test
    void aRunReadsEveryDocumentAgainWhenTheNewOnesChangeTheTypeTheCorpusGivesAName() throws Exception {
        // given: "Jordan" taken for a person in the one document resolved
        index(mention("a", 0, "PERSON", "Jordan"), mention("a", 20, "PERSON", "Ana Ruiz"));
        documents("a");
        ResolveSummary first = run();
        // when: three new documents call it a place
        index(mention("b", 0, "LOCATION", "Jordan"), mention("c", 0, "LOCATION", "Jordan"),
                mention("d", 0, "LOCATION", "Jordan"), mention("d", 20, "PERSON", "Ana Ruiz"));
        documents("b", "c", "d");
        ResolveSummary second = run();

        // then: the first document is read again, and its Jordan is a place, no name of people
        assertThat(first.incremental()).isFalse();
        assertThat(second.incremental()).isFalse();
        assertThat(second.documentsRead()).isEqualTo(4);
        assertThat(second.names()).isEqualTo(1);
        assertThat(entityOfMention()).containsKey("a:20-28").doesNotContainKey("a:0-6");
    }

    /** The mentions grouped by entity, whatever the entities' ids. */
    private static java.util.Set<java.util.Set<String>> together(Map<String, String> entityOf) {
        Map<String, java.util.Set<String>> byEntity = new java.util.HashMap<>();
        entityOf.forEach((mention, entity) -> byEntity.computeIfAbsent(entity, e -> new java.util.TreeSet<>()).add(mention));
        return new java.util.HashSet<>(byEntity.values());
    }

    @Test
    void aRunReadsEveryDocumentAgainWhenOneItReadBeforeWasIndexedAgain() throws Exception {
        documents("a", "b");
        index(mention("a", 0, "PERSON", "Jürgen Stock"), mention("b", 0, "PERSON", "Jurgen Stock"));
        run();
        index(mention("b", 0, "PERSON", "Jurgen Klopp"));
        documents("b");

        ResolveSummary again = run();

        assertThat(again.incremental()).isFalse();
        assertThat(again.documentsRead()).isEqualTo(2);
        Map<String, String> entityOf = entityOfMention();
        assertThat(entityOf.get("a:0-12")).isNotEqualTo(entityOf.get("b:0-12"));
    }

    /** Each queued pair's row id. */
    private Map<String, Long> queueRowIds() {
        Map<String, Long> rows = new java.util.HashMap<>();
        jdbc.query("SELECT id, name_a, name_b FROM review_candidate", rs -> {
            rows.put(rs.getString(2) + " / " + rs.getString(3), rs.getLong(1));
        });
        return rows;
    }

    /** Jürgen Stock twice, Jurgen Klopp once, and Interpol defined by its full name: in three documents. */
    private void interpolExample() throws IOException {
        documents("a", "b", "c");
        index(mention("a", 0, "PERSON", "Jürgen Stock"), mention("a", 40, "PERSON", "Stock"),
                mention("a", 80, "ORGANIZATION", "International Criminal Police Organization"),
                mention("a", 124, "ORGANIZATION", "Interpol", "The International Criminal Police Organization (Interpol) met."),
                mention("b", 0, "PERSON", "Jurgen Stock"), mention("b", 30, "ORGANIZATION", "Interpol"),
                mention("c", 0, "PERSON", "Jurgen Klopp"));
    }

    /** The Interpol example's entities, on the mentions and documents, as one uninterrupted run leaves them. */
    private void assertResolvedAsOneRunWould(JobExecution run) throws Exception {
        ResolveSummary summary = launcher.summary(run);
        assertThat(summary.entities()).isEqualTo(3);
        assertThat(summary.mentions()).isEqualTo(7);
        Map<String, String> entityOf = entityOfMention();
        assertThat(entityOf.get("a:0-12")).isNotNull().isEqualTo(entityOf.get("a:40-45")).isEqualTo(entityOf.get("b:0-12"))
                .isNotEqualTo(entityOf.get("c:0-12"));
        assertThat(entityOf.get("a:80-122")).isNotNull().isEqualTo(entityOf.get("b:30-38"));
        assertThat(entityIds("b")).containsExactlyInAnyOrder(entityOf.get("b:0-12"), entityOf.get("b:30-38"));
        assertThat(run().written()).isZero();
    }

    private void blockWrites(String index, boolean blocked) throws IOException {
        client.indices().putSettings(p -> p.index(index).settings(t -> t.blocks(b -> b.write(blocked))));
    }

    private ResolveSummary run() throws Exception {
        return run(false);
    }

    private ResolveSummary run(boolean full) throws Exception {
        JobExecution execution = jobLauncher.run(resolveJob, new JobParametersBuilder()
                .addLong(ResolveJobConfiguration.RUN_AT, runAt++)
                .addString(ResolveJobConfiguration.FULL, String.valueOf(full)).toJobParameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return ResolveSummary.of(execution);
    }

    private static Mention mention(String document, int start, String type, String text) {
        return mention(document, start, type, text, text);
    }

    private static Mention mention(String document, int start, String type, String text, String sentence) {
        return Mention.of(document, type, text, start, start + text.length(), sentence);
    }

    /** Documents for the mentions to be in: resolve reads the mentions of indexed documents. */
    private void documents(String... ids) throws IOException {
        for (String id : ids) {
            DocumentRecord document = DocumentRecord.read(id, id + ".txt", "text of " + id, "text/plain",
                    new DocumentMetadata(null, List.of(), PUBLISHED.get(id), null, null, DocumentMetadata.OTHER, null),
                    Instant.now(), 10, false);
            client.index(i -> i.index(indices.documents()).id(id).document(document)
                    .refresh(Refresh.True));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> entityIds(String document) throws IOException {
        Map<String, Object> source = client.get(g -> g.index(indices.documents()).id(document), Map.class).source();
        return (List<String>) source.get("entityIds");
    }

    private void index(Mention... mentions) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (Mention mention : mentions) {
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(indices.mentions()).id(mention.id())
                    .document(mention))));
        }
        client.bulk(BulkRequest.of(b -> b.operations(operations).refresh(Refresh.True)));
    }

    private Map<String, String> entityOfMention() throws IOException {
        Map<String, String> entities = new java.util.HashMap<>();
        client.search(s -> s.index(indices.mentions()).size(100), Mention.class).hits().hits()
                .forEach(hit -> {
                    if (hit.source().entityId() != null) {
                        entities.put(hit.source().id(), hit.source().entityId());
                    }
                });
        return entities;
    }

    private EntityRecord entity(String id) throws IOException {
        return client.get(g -> g.index(indices.entities()).id(id), EntityRecord.class).source();
    }
}
