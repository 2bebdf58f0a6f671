package org.dossier.resolve.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.json.JsonData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.broker.LocalBroker;
import org.dossier.config.domain.DocumentMetadata;
import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.resolve.FreshIndices;
import org.dossier.config.settings.DossierProperties;
import org.dossier.resolve.ResolveApplication;
import org.dossier.resolve.state.StateFiles;

/**
 * Resolve with the parts of its pairs step and the partitions of its mentions step on worker
 * processes: a real Artemis broker (the local one, from the build's artifact), runs and two
 * workers each in a JVM of its own, as
 * {@code dossier resolve --dossier.resolve.workers=remote} and {@code dossier worker resolve} start
 * them, on the test's store and Elasticsearch; against a run in one process over the same mentions.
 */
@SpringBootTest
@ActiveProfiles("test")
class RemoteResolveWorkersFunctionalTests {

    private static final String[] PEOPLE = {"Ana Ruiz", "Omar Haddad", "Li Wei", "Jürgen Stock", "Marta Kowalska"};
    private static final String[] ORGANISATIONS = {"Harbour Trust", "Interpol", "Nordea Bank"};
    /** How some documents write a person's name: pairs of names for the pairs step to score. */
    private static final Map<String, String> VARIANTS = Map.of("Omar Haddad", "Omar Hadad", "Li Wei", "Wei Li",
            "Jürgen Stock", "J. Stock", "Marta Kowalska", "Marta Kowalsky", "Nadia Benali", "Nadia Ben Ali",
            "Tomás Varga", "Tamas Varga");
    private static LocalBroker broker;

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;
    @Autowired JdbcTemplate jdbc;
    @Autowired StateFiles stateFiles;

    @BeforeAll
    static void startBroker() {
        broker = LocalBroker.startOrReuse(Path.of("target/test-data"), new DossierProperties.LocalBroker(
                "127.0.0.1", "61720-61739", "256m", Duration.ofSeconds(60), 90, null));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void runsWhosePairsAndMentionsTwoWorkersDidGiveTheEntitiesOfRunsInOneProcess(@TempDir Path folder) throws Exception {
        // given: forty documents naming the same people and organisations in several spellings, resolved in one
        // process; then ten more, some naming people not met before, resolved on from the first run's state
        corpus();
        List<String> oneProcess = List.of("--dossier.resolve.run-on-startup=true", "--dossier.resolve.threads=1");
        assertThat(lastLine(child(ResolveApplication.class, oneProcess, folder.resolve("single.log")),
                folder.resolve("single.log"))).contains("status=COMPLETED", "mentions=120");
        nextDocuments();
        String expected = lastLine(child(ResolveApplication.class, oneProcess, folder.resolve("single-2.log")),
                folder.resolve("single-2.log"));
        Map<String, String> entityOfMention = entityOfMention();
        Map<String, Object> entitiesOfDocument = entitiesOfDocument();
        assertThat(expected).contains("status=COMPLETED", "mentions=150");
        assertThat(entityOfMention).hasSize(150);
        corpus();

        // when: two workers, two partitions at once each, take the four parts of the pairs step and the four
        // partitions of the mentions step of each of two runs over the same documents
        List<Process> workers = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                workers.add(child(ResolveWorker.class, List.of("--dossier.resolve.threads=2"), folder.resolve("worker-" + i + ".log")));
            }
            for (int i = 0; i < 2; i++) {
                awaitLine(workers.get(i), folder.resolve("worker-" + i + ".log"), "worker job=resolve queue=");
            }
            List<String> remote = List.of("--dossier.resolve.run-on-startup=true", "--dossier.resolve.workers=remote",
                    "--dossier.resolve.threads=4");
            Path runLog = folder.resolve("run.log");
            lastLine(child(ResolveApplication.class, remote, runLog), runLog);
            nextDocuments();
            Path nextLog = folder.resolve("run-2.log");
            String line = lastLine(child(ResolveApplication.class, remote, nextLog), nextLog);

            // then: the same figures, every mention with the entity the runs in one process gave it, each document
            // the same entities; the workers scored the pairs (the second run's recalling those the first scored,
            // their names unchanged) and wrote the mentions; the parts' files are gone with the runs
            assertThat(figures(line)).isEqualTo(figures(expected));
            assertThat(entityOfMention()).isEqualTo(entityOfMention);
            assertThat(entitiesOfDocument()).isEqualTo(entitiesOfDocument);
            String logs = Files.readString(folder.resolve("worker-0.log")) + Files.readString(folder.resolve("worker-1.log"));
            assertThat(logs).contains("Running partition mentionsPartition:partition",
                    "Running partition pairsPartition:partition", "Loading the names run");
            assertThat(logs).containsPattern("[1-9]\\d* of \\d+ pairs scored by the last run");
            for (Path log : List.of(runLog, nextLog)) {
                assertThat(Files.readString(log)).contains("Sent 4 partitions of pairsPartition",
                        "Sent 4 partitions of mentionsPartition");
            }
            try (Stream<Path> files = Files.list(stateFiles.pending().toAbsolutePath().getParent())) {
                assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.contains(".pairs-"));
            }

            // and a run told to keep its pairs on its own threads (over the same documents: nothing to write) sends
            // only the mentions step's range
            Path localPairsLog = folder.resolve("run-3.log");
            List<String> localPairs = new ArrayList<>(remote);
            localPairs.add("--dossier.resolve.pairs-workers=local");
            String again = lastLine(child(ResolveApplication.class, localPairs, localPairsLog), localPairsLog);
            assertThat(again).contains("status=COMPLETED", "mentions=150", "written=0");
            assertThat(Files.readString(localPairsLog)).contains("partitions of mentionsPartition to queue")
                    .doesNotContain("partitions of pairsPartition");
        } finally {
            for (Process worker : workers) {
                worker.destroy();
                if (!worker.waitFor(60, TimeUnit.SECONDS)) {
                    worker.destroyForcibly();
                }
            }
        }
    }

    /** Fresh indices, store and state, then the corpus: three mentions in each of forty documents. */
    private void corpus() throws IOException {
        for (String table : List.of("judgement", "review_candidate", "entity_name", "entity", "preferred_name")) {
            jdbc.update("DELETE FROM " + table);
        }
        FreshIndices.make(client, indices, schemas);
        for (Path file : List.of(stateFiles.current(), stateFiles.pending(), stateFiles.scoresOf(stateFiles.current()),
                stateFiles.queueOf(stateFiles.current()))) {
            Files.deleteIfExists(file);
        }
        index(0, 40, PEOPLE);
    }

    /** Ten documents more, naming people of the corpus and others. */
    private void nextDocuments() throws IOException {
        index(40, 50, new String[] {"Nadia Benali", "Ana Ruiz", "Tomás Varga"});
    }

    /** Documents {@code from} to {@code to}, three mentions each, naming {@code people} in turn. */
    private void index(int from, int to, String[] people) throws IOException {
        List<BulkOperation> operations = new ArrayList<>();
        for (int d = from; d < to; d++) {
            String id = String.format("doc-%02d", d);
            DocumentRecord document = DocumentRecord.read(id, id + ".txt", "text of " + id, "text/plain",
                    new DocumentMetadata(null, List.of(), Instant.parse("2025-01-01T00:00:00Z").plusSeconds(86_400L * d),
                            null, null, DocumentMetadata.OTHER, null), Instant.now(), 10, false);
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(indices.documents()).id(id).document(document))));
            String person = d % 4 == 1 ? VARIANTS.getOrDefault(people[d % people.length], people[d % people.length])
                    : people[d % people.length];
            String surname = person.substring(person.indexOf(' ') + 1);
            String organisation = ORGANISATIONS[d % ORGANISATIONS.length];
            List<Mention> mentions = List.of(
                    Mention.of(id, "PERSON", d % 3 == 0 ? person.toUpperCase() : person, 0, person.length(),
                            person + " spoke for " + organisation + "."),
                    Mention.of(id, "ORGANIZATION", organisation, 40, 40 + organisation.length(), person + " spoke for "
                            + organisation + "."),
                    Mention.of(id, "PERSON", surname, 80, 80 + surname.length(), surname + " left."));
            for (Mention mention : mentions) {
                operations.add(BulkOperation.of(o -> o.index(i -> i.index(indices.mentions()).id(mention.id()).document(mention))));
            }
        }
        client.bulk(BulkRequest.of(b -> b.operations(operations).refresh(Refresh.True)));
    }

    /** A process on this test's classpath, store, indices and broker, as the front door starts one. */
    private Process child(Class<?> main, List<String> options, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), main.getName(),
                "--spring.profiles.active=test",
                "--dossier.elasticsearch.index-prefix=" + indices.prefix(),
                "--dossier.broker.url=" + broker.url()));
        command.addAll(options);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String lastLine(Process process, Path log) throws Exception {
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor(); // it would hold the job's lock for the tests after
        }
        List<String> output = Files.readAllLines(log);
        assertThat(ended).as("the run ends:\n" + String.join("\n", output.subList(Math.max(0, output.size() - 40),
                output.size()))).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())))
                .isZero();
        return output.get(output.size() - 1);
    }

    private static void awaitLine(Process process, Path log, String start) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.readString(log).lines().anyMatch(line -> line.startsWith(start))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no line '" + start + "...' from the worker:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    /** The figures of a resolve's last line, without its run number and duration. */
    private static String figures(String line) {
        return line.replaceAll(" run=\\d+", "").replaceAll(" seconds=[\\d.]+", "");
    }

    private Map<String, String> entityOfMention() throws IOException {
        client.indices().refresh(r -> r.index(indices.mentions()));
        Map<String, String> entities = new HashMap<>();
        client.search(s -> s.index(indices.mentions()).size(1000), Mention.class).hits().hits()
                .forEach(hit -> entities.put(hit.source().id(), hit.source().entityId()));
        return entities;
    }

    private Map<String, Object> entitiesOfDocument() throws IOException {
        client.indices().refresh(r -> r.index(indices.documents()));
        Map<String, Object> entities = new HashMap<>();
        client.search(s -> s.index(indices.documents()).size(1000).source(src -> src.filter(f -> f.includes("entityIds"))),
                JsonData.class).hits().hits().forEach(hit -> entities.put(hit.id(), hit.source().toJson().toString()));
        return entities;
    }
}
