package org.dossier.ingest.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.PartitionStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.support.CompositeItemProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.transaction.PlatformTransactionManager;

import org.dossier.config.elastic.IndexNames;
import org.dossier.config.remote.NumberedPartitions;
import org.dossier.config.remote.PartitionThreads;
import org.dossier.config.remote.RemotePartitions;
import org.dossier.config.remote.Workers;
import org.dossier.config.settings.DossierProperties;
import org.dossier.config.store.JobLock;
import org.dossier.config.store.JobNames;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;
import org.dossier.config.store.SourceCursor;
import org.dossier.ingest.figures.FigureExtractor;
import org.dossier.ingest.index.AnalysedFile;
import org.dossier.ingest.index.DocumentIndexWriter;
import org.dossier.ingest.index.IndexUnavailableException;
import org.dossier.ingest.index.RefreshPause;
import org.dossier.ingest.neardup.NearDuplicateLinker;
import org.dossier.ingest.nlp.CoreNlpRecognizer;
import org.dossier.ingest.nlp.DocumentAnalyzer;
import org.dossier.ingest.nlp.LanguageDetection;
import org.dossier.ingest.parse.FileParser;
import org.dossier.ingest.progress.ProgressReporter;
import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.progress.StageTimer;
import org.dossier.ingest.parse.UnreadableDocumentException;
import org.dossier.ingest.fetch.HttpFetcher;
import org.dossier.ingest.source.CursorUpdates;
import org.dossier.ingest.source.DirectoryFileReader;
import org.dossier.ingest.source.FileFilter;
import org.dossier.ingest.source.ItemFetcher;
import org.dossier.ingest.source.PartitionReader;
import org.dossier.ingest.source.SourceItem;
import org.dossier.ingest.source.SourceListings;
import org.dossier.ingest.source.SourceReader;
import org.dossier.ingest.source.UrlListReader;

/** The {@code ingest} job: one step that reads a folder, parses and analyses each file, and indexes it. */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = JobNames.INGEST;
    /** Job parameter: the folder to ingest. */
    public static final String INPUT = "input";
    /** Job parameter that makes every run its own job instance. */
    public static final String RUN_AT = "runAt";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Job ingestJob(JobRepository jobRepository, Step ingestDocuments, Step linkNearDuplicates,
                  SourceListings sourceListings, JobLock lock) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(new RunOwner(jobRepository, lock)).listener(sourceListings)
                .start(ingestDocuments).next(linkNearDuplicates).build();
    }

    @Bean
    SourceListings sourceListings() {
        return new SourceListings();
    }

    @Bean
    Step linkNearDuplicates(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ElasticsearchClient client, IndexNames indexNames) {
        return new StepBuilder("linkNearDuplicates", jobRepository)
                .tasklet(new NearDuplicateLinker(client, indexNames.documents()), transactionManager)
                .build();
    }

    /**
     * The source's items, split over partitions by key, one partition per core by default:
     * parsing and analysis dominate and scale with cores. A restarted run starts every partition
     * again; each takes what the source's cursor does not yet have, and its saved counts.
     */
    @Bean
    Step ingestDocuments(JobRepository jobRepository, Step ingestPartition, ProgressReporter ingestProgress,
                         ElasticsearchClient client, IndexNames indexNames, IngestProperties properties,
                         ObjectProvider<RemotePartitions> remotePartitions) {
        int partitions = properties.threadCount();
        PartitionStepBuilder step = new StepBuilder("ingestDocuments", jobRepository)
                .partitioner(ingestPartition.getName(), new NumberedPartitions())
                .step(ingestPartition)
                .listener(new RefreshPause(client, indexNames.documents(), indexNames.mentions()));
        if (properties.workers() == Workers.REMOTE) {
            // Workers elsewhere commit the counts; the handler logs how many partitions are done instead.
            return step.partitionHandler(remotePartitions.getObject()
                    .manager(JOB_NAME, ingestPartition.getName(), partitions)).build();
        }
        return step.gridSize(partitions)
                .taskExecutor(PartitionThreads.executor("ingest", partitions))
                .listener((StepExecutionListener) ingestProgress)
                .build();
    }

    @Bean
    Step ingestPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         PartitionReader partitionReader, ItemFetcher itemFetcher, FileParser fileParser,
                         DocumentAnalyzer documentAnalyzer, DocumentIndexWriter documentIndexWriter,
                         SkipLedger skipLedger, Clock clock, RunCounts runCounts, CursorUpdates cursorUpdates,
                         IngestProperties properties) {
        SkipRecorder skipRecorder = new SkipRecorder(skipLedger, clock, runCounts);
        return new StepBuilder("ingestPartition", jobRepository)
                .<SourceItem, AnalysedFile>chunk(properties.chunkSize(), transactionManager)
                .reader(partitionReader)
                .processor(new CompositeItemProcessor<SourceItem, AnalysedFile>(
                        StageTimer.timed("fetch", runCounts, itemFetcher),
                        StageTimer.timed("parse", runCounts, fileParser),
                        StageTimer.timed("analyse", runCounts, documentAnalyzer)))
                .writer(documentIndexWriter)
                .faultTolerant()
                .processorNonTransactional()
                .skip(UnreadableDocumentException.class)
                .skipLimit(Integer.MAX_VALUE)
                .retry(IndexUnavailableException.class)
                .retryLimit(properties.indexRetries() + 1)
                .backOffPolicy(backOff(properties))
                .stream(runCounts)
                .listener((ChunkListener) runCounts)
                .listener(new ReadCounter(runCounts))
                .listener((StepExecutionListener) skipRecorder)
                .listener((StepExecutionListener) cursorUpdates)
                .listener((ChunkListener) cursorUpdates)
                .listener((SkipListener<SourceItem, AnalysedFile>) skipRecorder)
                // Completed partitions run again on restart too, from a fresh context: they find nothing
                // new, and the run's summary takes their counts from the attempt that completed them.
                .allowStartIfComplete(true)
                .build();
    }

    /** One reporter for the run: the manager step starts and ends it; it shows what the partitions commit. */
    @Bean
    ProgressReporter ingestProgress(SourceListings sourceListings, RunCounts runCounts, IngestProperties properties) {
        return new ProgressReporter(sourceListings::total, runCounts, ProgressReporter.terminalOrNull(),
                properties.progressEvery());
    }


    /** Waits of 1 s, 2 s, 4 s ... up to the configured longest between tries to reach Elasticsearch. */
    private static ExponentialBackOffPolicy backOff(IngestProperties properties) {
        ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
        backOff.setInitialInterval(1000);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(Math.max(1000, properties.indexBackoffMax().toMillis()));
        return backOff;
    }

    /**
     * The run's source: a folder; a URL list (a file); or a feed (a URL). With incremental
     * runs, what the source's cursor has seen unchanged is left out.
     */
    @Bean
    @StepScope
    SourceReader sourceReader(@Value("#{jobParameters['" + INPUT + "']}") String input,
                              @Value("#{stepExecution}") StepExecution stepExecution, IngestProperties properties,
                              HttpFetcher httpFetcher, SourceCursor cursor, SourceListings listings) {
        return listings.of(stepExecution.getJobExecutionId(), () -> {
            Map<String, String> seen = properties.incremental() ? cursor.versions(input) : Map.of();
            if (UrlListReader.isUrl(input) || Files.isRegularFile(Path.of(input))) {
                return new UrlListReader(input, httpFetcher, seen);
            }
            return new DirectoryFileReader(Path.of(input), new FileFilter(properties.include(), properties.exclude()),
                    seen);
        });
    }

    /**
     * A partition's share of the source's items, those whose key hashes to its number (see
     * {@link PartitionReader}); partition 0 records what the listing could not take (a feed that
     * could not be had) as skips of the run.
     */
    @Bean
    @StepScope
    PartitionReader partitionReader(SourceReader sourceReader,
                                    @Value("#{stepExecutionContext['" + NumberedPartitions.PARTITION + "']}") int partition,
                                    @Value("#{stepExecutionContext['" + NumberedPartitions.PARTITIONS + "']}") int partitions,
                                    @Value("#{jobParameters['" + INPUT + "']}") String input,
                                    @Value("#{stepExecution}") StepExecution stepExecution, SkipLedger skipLedger,
                                    RunCounts runCounts, Clock clock) {
        return new PartitionReader(sourceReader, partition, partitions, problem -> {
            skipLedger.record(new SkipEntry(stepExecution.getJobExecutionId(), input, problem.item(), "feed",
                    problem.reason(), clock.instant()));
            runCounts.skipped(problem.reason());
        });
    }

    @Bean
    HttpFetcher httpFetcher(FetchProperties fetch) {
        return new HttpFetcher(fetch.policy());
    }

    @Bean
    @StepScope
    ItemFetcher itemFetcher(HttpFetcher httpFetcher, CursorUpdates cursorUpdates, DossierProperties dossier,
                            RunCounts runCounts) {
        return new ItemFetcher(httpFetcher, cursorUpdates, dossier.dataPath().resolve("tmp").resolve("fetch"),
                runCounts);
    }

    /** The cursor entries of the step's chunks, written with them. */
    @Bean
    @StepScope
    CursorUpdates cursorUpdates(SourceCursor cursor, Clock clock) {
        return new CursorUpdates(cursor, clock);
    }

    @Bean
    FileParser fileParser(IngestProperties properties, Clock clock) {
        return new FileParser(properties.readLimits(), clock);
    }

    @Bean
    DocumentAnalyzer documentAnalyzer(ElasticsearchClient client, IndexNames indexNames) {
        return new DocumentAnalyzer(client, indexNames.documents(), indexNames.mentions(), new LanguageDetection(),
                new CoreNlpRecognizer(), new FigureExtractor());
    }

    @Bean
    @StepScope
    DocumentIndexWriter documentIndexWriter(ElasticsearchClient client, IndexNames indexNames, SkipLedger skipLedger,
                                            IngestProperties properties, RunCounts runCounts,
                                            CursorUpdates cursorUpdates,
                                            Clock clock, @Value("#{jobParameters['" + INPUT + "']}") String input) {
        return new DocumentIndexWriter(client, indexNames.documents(), indexNames.mentions(), skipLedger, input, clock,
                properties.maxBulkSize().toBytes(), properties.indexTimeout(), runCounts, cursorUpdates);
    }

    /** The run's counts, kept and saved for each partition. */
    @Bean
    RunCounts runCounts() {
        return new RunCounts();
    }
}
