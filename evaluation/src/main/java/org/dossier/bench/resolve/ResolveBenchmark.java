package org.dossier.bench.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import org.dossier.config.domain.Mention;
import org.dossier.config.domain.NameKey;
import org.dossier.config.elastic.BulkErrors;
import org.dossier.config.elastic.DossierIndex;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexScan;
import org.dossier.config.store.JobLock;
import org.dossier.eval.resolve.ClusterScores;
import org.dossier.resolve.ResolveApplication;
import org.dossier.resolve.job.ResolveJobConfiguration;
import org.dossier.resolve.job.ResolveSummary;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.state.StateFiles;

/**
 * {@code dossier bench resolve}: the resolve job itself, on Elasticsearch and a store of its own,
 * over generated mentions of made-up people and organisations (see {@link MentionGenerator}).
 * First a corpus of {@code -Dmentions=N} (10,000,000 by default) is indexed and resolved in
 * full; then a night of {@code -Dnight=N} (100,000) more, of the same people and organisations,
 * is indexed and resolved as the night's run is, reading only the night's documents. Each
 * run's time and the peak of this process's heap during it are printed (the benchmark's own share, the true entity of each
 * mention, is a few bytes a mention), then how well the entities match the generated truth. The
 * last line is {@code bench resolve full_mentions=N full_seconds=S full_peak_heap_mb=N
 * night_mentions=N night_seconds=S night_peak_heap_mb=N f1=F} (F: pairwise F1 of the mentions'
 * entities). With {@code -Dworkers=N}, both runs send the parts of their pairs step and the
 * ranges of their mentions step to N worker processes ({@code dossier worker resolve}, one at a
 * time each, {@code -DworkerHeap} of heap, 1g by default) through the local broker; their peak
 * heaps count in the runs'.
 */
public final class ResolveBenchmark {

    static final int MENTIONS = 10_000_000;
    static final int NIGHT = 100_000;
    private static final int PER_DOCUMENT = 12;
    private static final int BULK = 5_000;

    private ResolveBenchmark() {
    }

    /** A resolve run as measured. */
    record Run(long mentions, double seconds, long peakHeapMb) {
    }

    public static void main(String[] args) throws Exception {
        int full = Integer.getInteger("mentions", MENTIONS);
        int night = Integer.getInteger("night", NIGHT);
        int workers = Integer.getInteger("workers", 0);
        Path store = Files.createTempDirectory("dossier-bench-resolve");
        // Gone however the run ends, interrupted included: at 10 M mentions the store takes about 20 GB.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(store.toFile())));
        String prefix = "bench-resolve-" + System.currentTimeMillis();
        // Shared with the workers' processes, when there are any.
        List<String> shared = new ArrayList<>(List.of("--dossier.elasticsearch.index-prefix=" + prefix,
                "--dossier.store.jdbc-url=jdbc:h2:file:" + store.resolve("dossier") + ";AUTO_SERVER=TRUE",
                "--spring.main.banner-mode=off"));
        shared.addAll(Arrays.asList(args));
        List<String> options = new ArrayList<>(shared);
        options.addAll(List.of("--dossier.resolve.run-on-startup=false", "--logging.level.root=WARN"));
        if (workers > 0) {
            options.addAll(List.of("--dossier.resolve.workers=remote", "--dossier.resolve.threads=" + workers));
        }
        ConfigurableApplicationContext context = SpringApplication.run(ResolveApplication.class,
                options.toArray(String[]::new));
        int exit = 0;
        ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
        IndexNames names = context.getBean(IndexNames.class);
        List<Process> workerProcesses = new ArrayList<>();
        try {
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                logs.add(Files.createTempFile("dossier-bench-resolve-worker-" + i + "-", ".log"));
                workerProcesses.add(BenchWorkers.start(shared, logs.get(i)));
            }
            for (int i = 0; i < workers; i++) {
                BenchWorkers.awaitListening(workerProcesses.get(i), logs.get(i));
            }
            MentionGenerator generator = new MentionGenerator(7, full / 20, full / 100);
            Truth truth = new Truth();
            System.out.printf(Locale.ROOT, "bench resolve: indexing %,d mentions%n", full);
            load(client, names, generator, full, truth);
            Run fullRun = run(context, "full");
            System.out.printf(Locale.ROOT, "bench resolve: indexing a night of %,d more mentions%n", night);
            load(client, names, generator, night, truth);
            Run nightRun = run(context, "night");
            ClusterScores scores = truth.score(client, names.mentions());
            System.out.printf(Locale.ROOT, "  against the generated truth: pairwise F1 %.3f (P %.3f R %.3f), B-cubed F1 %.3f%n",
                    scores.pairF1(), scores.pairPrecision(), scores.pairRecall(), scores.bcubedF1());
            System.out.printf(Locale.ROOT, "bench resolve full_mentions=%d full_seconds=%.1f full_peak_heap_mb=%d "
                            + "night_mentions=%d night_seconds=%.1f night_peak_heap_mb=%d f1=%.3f%n",
                    fullRun.mentions(), fullRun.seconds(), fullRun.peakHeapMb(), night, nightRun.seconds(),
                    nightRun.peakHeapMb(), scores.pairF1());
        } catch (RuntimeException e) {
            System.out.println("bench resolve failed: " + e);
            exit = 1;
        } finally {
            BenchWorkers.stop(workerProcesses);
            for (DossierIndex index : DossierIndex.values()) {
                client.indices().delete(d -> d.index(index.versionedName(prefix)).ignoreUnavailable(true));
            }
            StateFiles state = context.getBean(StateFiles.class);
            for (Path file : List.of(state.current(), state.pending())) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(state.scoresOf(file));
                Files.deleteIfExists(state.queueOf(file));
            }
            SpringApplication.exit(context);
        }
        System.exit(exit);
    }

    /** Indexes {@code count} more generated mentions, and their documents, as ingest would leave them. */
    private static void load(ElasticsearchClient client, IndexNames names, MentionGenerator generator, int count,
                             Truth truth) throws IOException {
        List<Object[]> pending = new ArrayList<>();
        for (int made = 0; made < count; ) {
            MentionGenerator.Document document = generator.next(Math.min(PER_DOCUMENT, count - made));
            pending.add(new Object[] {names.documents(), document.id(), Map.of("id", document.id(), "title", document.id(),
                    "ingestedAt", Instant.now().toString())});
            for (int i = 0; i < document.mentions().size(); i++) {
                MentionView m = document.mentions().get(i);
                pending.add(new Object[] {names.mentions(), m.id(), new Mention(m.id(), m.documentId(), m.type(),
                        m.text(), NameKey.of(m.text()), m.start(), m.end(), null, null, null)});
            }
            truth.add(document);
            made += document.mentions().size();
            if (pending.size() >= BULK || made == count) {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                pending.forEach(item -> bulk.operations(o -> o.index(x -> x.index((String) item[0]).id((String) item[1])
                        .document(item[2]))));
                BulkResponse response = client.bulk(bulk.build());
                BulkErrors.refused(response).stream().findFirst().ifPresent(item -> {
                    throw new IllegalStateException("Elasticsearch refused " + item.id() + ": " + item.error().reason());
                });
                pending.clear();
            }
        }
        client.indices().refresh(r -> r.index(names.documents(), names.mentions()));
    }

    /** Runs the resolve job as {@code dossier resolve} does, measuring its time and the heap's peak. */
    private static Run run(ConfigurableApplicationContext context, String what) throws Exception {
        JobLauncher launcher = context.getBean(JobLauncher.class);
        Job job = context.getBean("resolveJob", Job.class);
        JobLock lock = context.getBean(JobLock.class);
        System.gc();
        long start = System.nanoTime();
        JobExecution execution = lock.holding(ResolveJobConfiguration.JOB_NAME, null, () -> launcher.run(job,
                new JobParametersBuilder().addLong(ResolveJobConfiguration.RUN_AT, System.currentTimeMillis())
                        .toJobParameters()));
        double seconds = (System.nanoTime() - start) / 1e9;
        // As the job repository has it: partitions run by workers saved their figures there.
        ResolveSummary summary = ResolveSummary.of(execution,
                context.getBean(JobExplorer.class).getJobExecutions(execution.getJobInstance()));
        // Each step measures its own peak from its start (see ResolveSummary.peakHeapMb).
        long heap = summary.peakHeapMb();
        summary.details().forEach(line -> System.out.println("  " + line));
        System.out.println("  " + summary.line());
        System.out.printf(Locale.ROOT, "bench resolve %s: %.1f s, peak heap %d MB%n", what, seconds, heap);
        if (!"COMPLETED".equals(summary.status())) {
            throw new IllegalStateException("the " + what + " run failed: " + summary.failure());
        }
        return new Run(summary.mentions(), seconds, heap);
    }

    /**
     * The true entity of each generated mention, an int each: a person's number doubled, an
     * organisation's doubled plus one; by document number, from where its mentions start.
     */
    static final class Truth {

        private int[] entities = new int[1 << 16];
        private int[] documentStart = new int[1 << 12];
        private int mentions;
        private int documents;

        void add(MentionGenerator.Document document) {
            if (documents == documentStart.length) {
                documentStart = Arrays.copyOf(documentStart, documents * 2);
            }
            documentStart[documents++] = mentions;
            for (String entity : document.entities()) {
                if (mentions == entities.length) {
                    entities = Arrays.copyOf(entities, mentions * 2);
                }
                int number = Integer.parseInt(entity.substring(1));
                entities[mentions++] = entity.charAt(0) == 'P' ? 2 * number : 2 * number + 1;
            }
        }

        /** The mentions' entities now, read from the index, against the truth. */
        ClusterScores score(ElasticsearchClient client, String index) throws IOException {
            int[] predicted = new int[mentions];
            Integer[] actual = new Integer[mentions];
            Map<String, Integer> entityNumbers = new HashMap<>();
            int[] unresolved = {-1};
            List<Mention> document = new ArrayList<>();
            Runnable flush = () -> {
                // A generated mention's id is its document and its offset; offsets grow through the document.
                document.sort(Comparator.comparingInt(Mention::start));
                int d = Integer.parseInt(document.get(0).documentId().substring(3));
                for (int i = 0; i < document.size(); i++) {
                    String entity = document.get(i).entityId();
                    int k = documentStart[d] + i;
                    predicted[k] = entity == null ? unresolved[0]-- : entityNumbers.computeIfAbsent(entity, e -> entityNumbers.size());
                    actual[k] = entities[k];
                }
                document.clear();
            };
            IndexScan.forEach(client, BULK, s -> s.index(index), Mention.class, hit -> {
                if (!document.isEmpty() && !document.get(0).documentId().equals(hit.source().documentId())) {
                    flush.run();
                }
                document.add(hit.source());
            });
            if (!document.isEmpty()) {
                flush.run();
            }
            return ClusterScores.of(predicted, actual);
        }
    }
}
