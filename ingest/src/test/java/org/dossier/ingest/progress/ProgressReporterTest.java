package org.dossier.ingest.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

class ProgressReporterTest {

    @Test
    void onATerminalTheBarEndsFullWithTheRunsCounts() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        RunCounts counts = new RunCounts();
        ProgressReporter reporter = new ProgressReporter(() -> 8, counts,
                new PrintStream(screen, true, StandardCharsets.UTF_8), Duration.ofSeconds(5));
        StepExecution step = MetaDataInstanceFactory.createStepExecution();

        reporter.beforeStep(step);
        for (int i = 0; i < 8; i++) {
            counts.increment(RunCounts.READ);
            counts.increment(i < 6 ? RunCounts.INDEXED : RunCounts.SKIPPED);
            reporter.afterRead("file " + i);
        }
        reporter.afterStep(step);

        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).endsWith("\n");
        String last = shown.substring(shown.lastIndexOf('\r') + 1);
        assertThat(last).startsWith("[" + "#".repeat(30) + "] 8/8 files, ")
                .contains("0s left, indexed 6, duplicates 0, skipped 2");
    }

    @Test
    void timeLeftReadsInHoursMinutesAndSeconds() {
        assertThat(ProgressReporter.duration(42)).isEqualTo("42s");
        assertThat(ProgressReporter.duration(102)).isEqualTo("1m42s");
        assertThat(ProgressReporter.duration(7500)).isEqualTo("2h05m");
    }
}
