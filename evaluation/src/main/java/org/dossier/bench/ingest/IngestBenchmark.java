package org.dossier.bench.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.batch.core.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;
import org.dossier.config.elastic.BulkErrors;
import org.dossier.config.elastic.DossierIndex;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.ingest.IngestApplication;
import org.dossier.ingest.figures.FigureExtractor;
import org.dossier.ingest.index.AnalysedDocument;
import org.dossier.ingest.job.IngestLauncher;
import org.dossier.ingest.job.IngestProperties;
import org.dossier.ingest.job.IngestSummary;
import org.dossier.ingest.nlp.CoreNlpRecognizer;
import org.dossier.ingest.nlp.DocumentAnalyzer;
import org.dossier.ingest.nlp.LanguageDetection;
import org.dossier.ingest.parse.FileParser;
import org.dossier.ingest.parse.ReadFile;
import org.dossier.ingest.source.SourceFile;

/**
 * {@code dossier bench ingest DIR}: the ingest job's throughput (documents indexed per second) on
 * at least 5,000 web pages (the pages found under DIR, repeated with a number added to each block
 * of text so that every copy is a new document, and a near-duplicate of its original), with the
 * time of each stage. Before anything is timed, each stage's code runs on a few hundred of the pages (see
 * {@link #warmUp}). Then, in the same process and on as many threads as the job has partitions,
 * two baselines on the very documents the job produced: their raw bulk indexing with their
 * mentions into fresh indices of the same schemas (what indexing alone costs), and the analysis
 * alone (language, entities, figures: {@code bench nlp}'s path) on their texts. {@code vs_analysis}
 * is the job's rate over the analysis's: 1 would mean reading, parsing, near-duplicates and
 * indexing cost nothing beside it. Runs against the local Elasticsearch (or the configured one)
 * under throw-away indices.
 */
public final class IngestBenchmark {

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: dossier bench ingest DIR (a folder with web pages, .html or .html.gz)");
            System.exit(2);
        }
        int pages = Integer.getInteger("pages", 5000);
        List<byte[]> sources = pages(Path.of(args[0]));
        if (sources.isEmpty()) {
            System.err.println("dossier bench ingest: no .html or .html.gz pages under " + args[0]);
            System.exit(2);
        }
        Path corpus = Files.createTempDirectory("dossier-bench-ingest");
        long bytes = writeCorpus(sources, pages, corpus);
        String prefix = "bench-" + System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "bench ingest pages=%d from=%d MB=%.1f%n", pages, sources.size(), bytes / 1e6);

        List<String> options = new ArrayList<>(List.of("--dossier.ingest.run-on-startup=false",
                "--dossier.elasticsearch.index-prefix=" + prefix, "--logging.level.root=WARN",
                "--logging.level.edu.stanford.nlp=ERROR"));
        options.addAll(List.of(args).subList(1, args.length));
        ConfigurableApplicationContext context = SpringApplication.run(IngestApplication.class,
                options.toArray(String[]::new));
        int exit = 0;
        try {
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            IndexNames names = context.getBean(IndexNames.class);
            String dataDir = Path.of(context.getEnvironment().getProperty("dossier.data-dir", "data")).toAbsolutePath().toString();
            int threads = context.getBean(IngestProperties.class).threadCount();
            warmUp(context, client, prefix, corpus, Integer.getInteger("warmup", 300), threads);
            Cpu cpu = Cpu.of(dataDir);
            ServerTime server = ServerTime.of(client, prefix);
            long start = System.nanoTime();
            JobExecution execution = context.getBean(IngestLauncher.class).run(corpus);
            double seconds = (System.nanoTime() - start) / 1e9;
            Cpu jobCpu = Cpu.of(dataDir).minus(cpu);
            System.out.println("bench ingest Elasticsearch's time in the job's indices: "
                    + ServerTime.of(client, prefix).minus(server));
            IngestSummary summary = IngestSummary.of(execution);
            summary.details().forEach(System.out::println);
            System.out.println(summary.line());

            List<DocumentRecord> documents = all(client, names.documents(), DocumentRecord.class);
            List<Mention> mentions = all(client, names.mentions(), Mention.class);
            IndexNames raw = new IndexNames(prefix + "-raw");
            new IndexSchemas(client, raw).ensureAll();
            // As the job loads: no refresh until the end.
            client.indices().putSettings(p -> p.index(raw.documents(), raw.mentions())
                    .settings(t -> t.refreshInterval(r -> r.time("-1"))));
            cpu = Cpu.of(dataDir);
            server = ServerTime.of(client, raw.prefix());
            double rawSeconds = bulk(client, raw, documents, mentions, threads);
            client.indices().refresh(r -> r.index(raw.documents(), raw.mentions()));
            Cpu rawCpu = Cpu.of(dataDir).minus(cpu);
            System.out.println("bench ingest Elasticsearch's time in the raw bulk's indices: "
                    + ServerTime.of(client, raw.prefix()).minus(server));
            cpu = Cpu.of(dataDir);
            double analysisSeconds = analyse(documents, threads);
            Cpu analysisCpu = Cpu.of(dataDir).minus(cpu);
            System.out.printf(Locale.ROOT, "bench ingest cpu_s (this process, Elasticsearch): job %.0f, %.0f; raw bulk %.0f, %.0f; analysis alone %.0f, %.0f%n",
                    jobCpu.own(), jobCpu.server(), rawCpu.own(), rawCpu.server(), analysisCpu.own(), analysisCpu.server());
            double docsPerSecond = summary.indexed() / seconds;
            double rawPerSecond = documents.size() / rawSeconds;
            double analysisPerSecond = documents.size() / analysisSeconds;
            System.out.printf(Locale.ROOT, "bench ingest raw_bulk documents=%d mentions=%d threads=%d seconds=%.1f docs/s=%.1f%n",
                    documents.size(), mentions.size(), threads, rawSeconds, rawPerSecond);
            System.out.printf(Locale.ROOT, "bench ingest analysis_only documents=%d threads=%d seconds=%.1f docs/s=%.1f%n",
                    documents.size(), threads, analysisSeconds, analysisPerSecond);
            System.out.printf(Locale.ROOT, "bench ingest docs=%d docs/s=%.1f raw_bulk_docs/s=%.1f analysis_only_docs/s=%.1f vs_analysis=%.3f%n",
                    summary.indexed(), docsPerSecond, rawPerSecond, analysisPerSecond, docsPerSecond / analysisPerSecond);
            deleteIndices(client, prefix);
            deleteIndices(client, raw.prefix());
        } finally {
            exit = SpringApplication.exit(context);
            try (Stream<Path> files = Files.walk(corpus)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(exit);
    }

    /**
     * Runs each stage's code (parse, analysis, bulk indexing into throw-away indices) on the
     * first {@code count} pages before anything is timed, so that the job, then the two baselines,
     * all run on compiled code and a warm Elasticsearch: the baselines run after the job, and
     * would otherwise be the only ones to find them warm.
     */
    private static void warmUp(ConfigurableApplicationContext context, ElasticsearchClient client, String prefix,
                               Path corpus, int count, int threads) throws Exception {
        if (count <= 0) {
            return;
        }
        long start = System.nanoTime();
        FileParser parser = context.getBean(FileParser.class);
        DocumentAnalyzer analyzer = context.getBean(DocumentAnalyzer.class);
        List<Path> files;
        try (Stream<Path> listed = Files.list(corpus)) {
            files = listed.sorted().limit(count).toList();
        }
        List<DocumentRecord> documents = Collections.synchronizedList(new ArrayList<>());
        List<Mention> mentions = Collections.synchronizedList(new ArrayList<>());
        onThreads(files, threads, share -> {
            for (Path file : share) {
                ReadFile read = parser.process(SourceFile.local("warm-up", file, Files.size(file)));
                for (AnalysedDocument analysed : analyzer.process(read).documents()) {
                    documents.add(analysed.document());
                    mentions.addAll(analysed.mentions());
                }
            }
        });
        IndexNames warm = new IndexNames(prefix + "-warm");
        new IndexSchemas(client, warm).ensureAll();
        bulk(client, warm, documents, mentions, threads);
        deleteIndices(client, warm.prefix());
        System.out.printf(Locale.ROOT, "bench ingest warm-up pages=%d seconds=%.1f (not timed)%n",
                files.size(), (System.nanoTime() - start) / 1e9);
    }

    /** Every web page under the folder, unzipped. */
    private static List<byte[]> pages(Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".html") || name.endsWith(".htm")) {
                    pages.add(Files.readAllBytes(file));
                } else if (name.endsWith(".html.gz")) {
                    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                        pages.add(in.readAllBytes());
                    }
                }
            }
        }
        return pages;
    }

    /**
     * Writes {@code count} pages; after the first round, each copy has its round's number added
     * to every block of text, so that its article is a new document. Returns their size.
     */
    private static long writeCorpus(List<byte[]> sources, int count, Path corpus) throws IOException {
        long bytes = 0;
        for (int k = 0; k < count; k++) {
            byte[] page = sources.get(k % sources.size());
            int round = k / sources.size();
            if (round > 0) {
                Document html = Jsoup.parse(new ByteArrayInputStream(page), null, "");
                for (Element block : html.select("p, div, td, li, section, article, span")) {
                    if (block.ownText().length() >= 20) {
                        block.appendText(" (" + round + ")");
                    }
                }
                html.charset(StandardCharsets.UTF_8);
                page = html.outerHtml().getBytes(StandardCharsets.UTF_8);
            }
            Files.write(corpus.resolve(String.format(Locale.ROOT, "%05d.html", k)), page);
            bytes += page.length;
        }
        return bytes;
    }

    private static <T> List<T> all(ElasticsearchClient client, String index, Class<T> type) throws IOException {
        client.indices().refresh(r -> r.index(index));
        List<T> all = new ArrayList<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> cursor = after;
            var response = client.search(s -> {
                s.index(index).size(1000).sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                return cursor == null ? s : s.searchAfter(cursor);
            }, type);
            List<Hit<T>> hits = response.hits().hits();
            if (hits.isEmpty()) {
                return all;
            }
            hits.forEach(hit -> all.add(hit.source()));
            after = hits.get(hits.size() - 1).sort();
        }
    }

    /**
     * Seconds to bulk-index the documents with their mentions, 50 documents a request as the job
     * sends them, from {@code threads} threads as the job's partitions do.
     */
    private static double bulk(ElasticsearchClient client, IndexNames names, List<DocumentRecord> documents,
                               List<Mention> mentions, int threads) throws Exception {
        Map<String, List<Mention>> byDocument = new HashMap<>();
        mentions.forEach(m -> byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(m));
        return onThreads(documents, threads, share -> {
            for (int from = 0; from < share.size(); from += 50) {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                for (DocumentRecord document : share.subList(from, Math.min(share.size(), from + 50))) {
                    bulk.operations(op -> op.create(c -> c.index(names.documents()).id(document.id()).document(document)));
                    for (Mention mention : byDocument.getOrDefault(document.id(), List.of())) {
                        bulk.operations(op -> op.index(i -> i.index(names.mentions()).id(mention.id()).document(mention)));
                    }
                }
                BulkResponse response = client.bulk(bulk.build());
                BulkErrors.requireTaken(response, "raw bulk refused documents");
            }
        });
    }

    /** Seconds to analyse the documents' texts as the job does (language, entities, figures), on {@code threads} threads. */
    private static double analyse(List<DocumentRecord> documents, int threads) throws Exception {
        LanguageDetection languages = new LanguageDetection();
        CoreNlpRecognizer recognizer = new CoreNlpRecognizer();
        FigureExtractor figures = new FigureExtractor();
        return onThreads(documents, threads, share -> {
            for (DocumentRecord document : share) {
                String language = languages.detect(document.text());
                if (recognizer.supports(language)) {
                    recognizer.recognise(document.id(), document.text());
                }
                figures.extract(document.text(), document.published() == null ? null
                        : LocalDate.ofInstant(document.published(), ZoneOffset.UTC));
            }
        });
    }

    /** Seconds Elasticsearch spent on the indices of a prefix, by kind of work (its indices' stats). */
    private record ServerTime(Map<String, Double> seconds) {

        static ServerTime of(ElasticsearchClient client, String prefix) throws IOException {
            var all = client.indices().stats(s -> s.index(prefix + "-*")).all().total();
            Map<String, Double> seconds = new java.util.LinkedHashMap<>();
            seconds.put("index", all.indexing().indexTimeInMillis() / 1e3);
            seconds.put("search", (all.search().queryTimeInMillis() + all.search().fetchTimeInMillis()) / 1e3);
            seconds.put("get", all.get().timeInMillis() / 1e3);
            seconds.put("refresh", all.refresh().totalTimeInMillis() / 1e3);
            seconds.put("merge", all.merges().totalTimeInMillis() / 1e3);
            seconds.put("flush", all.flush().totalTimeInMillis() / 1e3);
            return new ServerTime(seconds);
        }

        ServerTime minus(ServerTime before) {
            Map<String, Double> delta = new java.util.LinkedHashMap<>();
            seconds.forEach((kind, value) -> delta.put(kind, value - before.seconds.getOrDefault(kind, 0.0)));
            return new ServerTime(delta);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            seconds.forEach((kind, value) -> out.append(String.format(Locale.ROOT, "%s%s %.1f s",
                    out.isEmpty() ? "" : ", ", kind, value)));
            return out.toString();
        }
    }

    /** CPU seconds used so far by this process and by the Elasticsearch server of the data directory. */
    private record Cpu(double own, double server) {

        static Cpu of(String dataDir) {
            double server = ProcessHandle.allProcesses()
                    .filter(p -> p.info().commandLine().map(c -> c.contains("-Des.path.home=" + dataDir)).orElse(false))
                    .mapToDouble(p -> seconds(p.info().totalCpuDuration().orElse(Duration.ZERO))).sum();
            return new Cpu(seconds(ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO)), server);
        }

        Cpu minus(Cpu before) {
            return new Cpu(own - before.own, server - before.server);
        }

        private static double seconds(Duration duration) {
            return duration.toNanos() / 1e9;
        }
    }

    /** Drops the benchmark's indices under a prefix. */
    private static void deleteIndices(ElasticsearchClient client, String prefix) throws IOException {
        for (DossierIndex index : DossierIndex.values()) {
            client.indices().delete(d -> d.index(index.versionedName(prefix)).ignoreUnavailable(true));
        }
    }

    private interface Work<T> {
        void run(List<T> share) throws Exception;
    }

    /** Seconds for {@code threads} threads to do the work, each on its share of the items (every n-th). */
    private static <T> double onThreads(List<T> items, int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                List<T> share = new ArrayList<>();
                for (int k = first; k < items.size(); k += threads) {
                    share.add(items.get(k));
                }
                done.add(pool.submit(() -> {
                    work.run(share);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private IngestBenchmark() {
    }
}
