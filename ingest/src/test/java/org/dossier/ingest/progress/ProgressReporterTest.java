package org.dossier.ingest.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ProgressReporterTest {

    @Test
    void offATerminalALineIsLoggedEveryIntervalWhileAChunkIsStillBeingWorkedOn(CapturedOutput output)
            throws InterruptedException {
        RunCounts counts = new RunCounts();
        ProgressReporter reporter = new ProgressReporter(() -> 65, counts, null, Duration.ofMillis(200));
        StepExecution step = MetaDataInstanceFactory.createStepExecution();

        reporter.beforeStep(step);
        // Nothing is read meanwhile: the partitions are parsing and analysing their first chunk.
        Thread.sleep(1_100);
        counts.increment(RunCounts.READ);
        counts.increment(RunCounts.INDEXED);
        Thread.sleep(500);
        reporter.afterStep(step);
        long linesAtEnd = lines(output);
        Thread.sleep(500);

        assertThat(linesAtEnd).isBetween(5L, 10L);
        assertThat(output.getOut()).contains("Ingest: 0/65 files, ").contains("Ingest: 1/65 files, ")
                .contains("indexed 1, duplicates 0, skipped 0");
        assertThat(lines(output)).as("no line after the step ended").isEqualTo(linesAtEnd);
    }

    private static long lines(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains("Ingest: ")).count();
    }

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
            reporter.tick();
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
