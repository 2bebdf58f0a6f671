package org.dossier.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.JobParameters;
import org.springframework.batch.core.StepExecution;

import org.dossier.ingest.progress.RunCounts;
import org.dossier.ingest.source.SourceReader;

class IngestSummaryTest {

    private final JobInstance run = new JobInstance(1L, "ingest");

    @Test
    void aRestartedRunCountsAPartitionThatCompletedBeforeByTheAttemptThatCompletedIt() {
        // given: a first attempt that failed after partition0 had read its 23 files and partition1 5 of its 29
        JobExecution first = attempt(10L, BatchStatus.FAILED);
        partition(first, "ingestPartition:partition0", BatchStatus.COMPLETED, 23, 0);
        partition(first, "ingestPartition:partition1", BatchStatus.FAILED, 5, 0);
        // and a restart in which partition0 ran again from a fresh context and found its files known,
        // while partition1 went on from its saved counts to the end
        JobExecution restart = attempt(11L, BatchStatus.COMPLETED);
        partition(restart, "ingestPartition:partition0", BatchStatus.COMPLETED, 0, 23);
        partition(restart, "ingestPartition:partition1", BatchStatus.COMPLETED, 29, 0);

        // when
        IngestSummary summary = IngestSummary.ofAttempts(restart, List.of(restart, first));

        // then: every file read once, none taken for unchanged
        assertThat(summary.read()).isEqualTo(52);
        assertThat(summary.unchanged()).isZero();
        assertThat(summary.status()).isEqualTo("COMPLETED");
    }

    @Test
    void aPartitionThatFailedCountsAsItsLatestAttempt() {
        JobExecution first = attempt(10L, BatchStatus.FAILED);
        partition(first, "ingestPartition:partition0", BatchStatus.FAILED, 5, 0);
        JobExecution restart = attempt(11L, BatchStatus.COMPLETED);
        partition(restart, "ingestPartition:partition0", BatchStatus.COMPLETED, 20, 0);

        assertThat(IngestSummary.ofAttempts(restart, List.of(first, restart)).read()).isEqualTo(20);
        assertThat(IngestSummary.ofAttempts(first, List.of(first, restart)).read()).isEqualTo(5);
    }

    private JobExecution attempt(long id, BatchStatus status) {
        JobExecution execution = new JobExecution(run, id, new JobParameters());
        execution.setStatus(status);
        return execution;
    }

    private static void partition(JobExecution attempt, String name, BatchStatus status, long read, long unchanged) {
        StepExecution step = attempt.createStepExecution(name);
        step.setStatus(status);
        step.getExecutionContext().putLong(RunCounts.savedKey(RunCounts.READ), read);
        step.getExecutionContext().putLong(SourceReader.UNCHANGED, unchanged);
    }
}
