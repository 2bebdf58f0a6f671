package org.dossier.ingest.job;

import java.nio.file.Path;
import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.batch.core.ItemReadListener;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.SkipListener;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.support.CompositeItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.backoff.ExponentialBackOffPolicy;
import org.springframework.transaction.PlatformTransactionManager;

import org.dossier.config.elastic.IndexNames;
import org.dossier.config.store.SkipLedger;
import org.dossier.ingest.figures.FigureExtractor;
import org.dossier.ingest.index.AnalysedDocument;
import org.dossier.ingest.index.DocumentIndexWriter;
import org.dossier.ingest.index.IndexUnavailableException;
import org.dossier.ingest.neardup.NearDuplicateLinker;
import org.dossier.ingest.nlp.CoreNlpRecognizer;
import org.dossier.ingest.nlp.DocumentAnalyzer;
import org.dossier.ingest.nlp.LanguageDetection;
import org.dossier.ingest.parse.DocumentReader;
import org.dossier.ingest.progress.ProgressReporter;
import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.progress.StageTimer;
import org.dossier.ingest.parse.UnreadableDocumentException;
import org.dossier.ingest.source.DirectoryFileReader;
import org.dossier.ingest.source.FileFilter;
import org.dossier.ingest.source.SourceFile;

/** The {@code ingest} job: one step that reads a folder, parses and analyses each file, and indexes it. */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingest";
    /** Job parameter: the folder to ingest. */
    public static final String INPUT = "input";
    /** Job parameter that makes every run its own job instance. */
    public static final String RUN_AT = "runAt";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Job ingestJob(JobRepository jobRepository, Step ingestDocuments, Step linkNearDuplicates) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(new RunOwner(jobRepository))
                .start(ingestDocuments).next(linkNearDuplicates).build();
    }

    @Bean
    Step linkNearDuplicates(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ElasticsearchClient client, IndexNames indexNames) {
        return new StepBuilder("linkNearDuplicates", jobRepository)
                .tasklet(new NearDuplicateLinker(client, indexNames.documents()), transactionManager)
                .build();
    }

    @Bean
    Step ingestDocuments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         DirectoryFileReader directoryFileReader, DocumentReader documentReader,
                         DocumentAnalyzer documentAnalyzer, DocumentIndexWriter documentIndexWriter,
                         SkipLedger skipLedger, Clock clock, RunCounts runCounts,
                         IngestProperties properties) {
        SkipRecorder skipRecorder = new SkipRecorder(skipLedger, clock, runCounts);
        ProgressReporter progress = new ProgressReporter(directoryFileReader::total, runCounts,
                ProgressReporter.terminalOrNull(), properties.progressEvery());
        return new StepBuilder("ingestDocuments", jobRepository)
                .<SourceFile, AnalysedDocument>chunk(properties.chunkSize(), transactionManager)
                .reader(directoryFileReader)
                .processor(new CompositeItemProcessor<SourceFile, AnalysedDocument>(
                        StageTimer.timed("parse", runCounts, documentReader),
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
                .listener(new ReadCounter(runCounts))
                .listener((ItemReadListener<Object>) progress)
                .listener((StepExecutionListener) progress)
                .listener((StepExecutionListener) skipRecorder)
                .listener((SkipListener<SourceFile, AnalysedDocument>) skipRecorder)
                .build();
    }

    /** Waits of 1 s, 2 s, 4 s ... up to the configured longest between tries to reach Elasticsearch. */
    private static ExponentialBackOffPolicy backOff(IngestProperties properties) {
        ExponentialBackOffPolicy backOff = new ExponentialBackOffPolicy();
        backOff.setInitialInterval(1000);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(Math.max(1000, properties.indexBackoffMax().toMillis()));
        return backOff;
    }

    @Bean
    @StepScope
    DirectoryFileReader directoryFileReader(@Value("#{jobParameters['" + INPUT + "']}") String input,
                                            IngestProperties properties) {
        return new DirectoryFileReader(Path.of(input), new FileFilter(properties.include(), properties.exclude()));
    }

    @Bean
    DocumentReader documentReader(IngestProperties properties, Clock clock) {
        return new DocumentReader(properties.readLimits(), clock);
    }

    @Bean
    DocumentAnalyzer documentAnalyzer(ElasticsearchClient client, IndexNames indexNames) {
        return new DocumentAnalyzer(client, indexNames.documents(), new LanguageDetection(), new CoreNlpRecognizer(),
                new FigureExtractor());
    }

    @Bean
    @StepScope
    DocumentIndexWriter documentIndexWriter(ElasticsearchClient client, IndexNames indexNames, SkipLedger skipLedger,
                                            IngestProperties properties, RunCounts runCounts,
                                            Clock clock, @Value("#{jobParameters['" + INPUT + "']}") String input) {
        return new DocumentIndexWriter(client, indexNames.documents(), indexNames.mentions(), skipLedger, input, clock,
                properties.maxBulkSize().toBytes(), properties.indexTimeout(), runCounts);
    }

    /** One set of counts per step execution, saved with its context. */
    @Bean
    @StepScope
    RunCounts runCounts() {
        return new RunCounts();
    }
}
