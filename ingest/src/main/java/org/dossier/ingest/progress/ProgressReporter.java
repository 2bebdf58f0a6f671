package org.dossier.ingest.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.ExitStatus;

/**
 * Shows how far a run is, from its committed counts: on a terminal a progress bar with files/s
 * and the time left, redrawn five times a second on standard error; elsewhere (a log file, a cron
 * mail) a log line every {@code logEvery}. A timer of its own draws them from the step's start to
 * its end, so they keep coming while a chunk is parsed, analysed or written.
 */
public class ProgressReporter implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);
    private static final int WIDTH = 30;

    private final LongSupplier total;
    private final RunCounts counts;
    private final PrintStream terminal;
    private final Duration logEvery;
    private long startNanos;
    private long startCount;
    private ScheduledExecutorService timer;
    private boolean failed;

    /** {@code terminal} is where to draw a bar, or null to log lines instead. */
    public ProgressReporter(LongSupplier total, RunCounts counts, PrintStream terminal, Duration logEvery) {
        this.total = total;
        this.counts = counts;
        this.terminal = terminal;
        this.logEvery = logEvery;
    }

    /** Standard error when the run is attached to a terminal, else null. */
    public static PrintStream terminalOrNull() {
        boolean interactive = System.console() != null && !"dumb".equals(System.getenv("TERM"))
                && System.getenv("CI") == null;
        return interactive ? System.err : null;
    }

    @Override
    public synchronized void beforeStep(StepExecution stepExecution) {
        startNanos = System.nanoTime();
        startCount = counts.get(RunCounts.READ);
        stopTimer();
        long interval = terminal != null ? 200_000_000L : Math.max(logEvery.toNanos(), 1_000_000L);
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ingest-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(this::tick, interval, interval, TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized ExitStatus afterStep(StepExecution stepExecution) {
        stopTimer();
        if (terminal != null) {
            show(System.nanoTime(), true);
        }
        return null;
    }

    /** One line, or the bar redrawn, with the counts committed so far. */
    synchronized void tick() {
        try {
            show(System.nanoTime(), false);
        } catch (RuntimeException e) {
            // A timer's task that throws is never run again: say so once, and keep going.
            if (!failed) {
                failed = true;
                log.warn("Progress could not be shown: {}", e.toString());
            }
        }
    }

    private void stopTimer() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private void show(long now, boolean last) {
        long done = counts.get(RunCounts.READ);
        long all = Math.max(total.getAsLong(), done);
        double seconds = (now - startNanos) / 1e9;
        double rate = seconds > 0 ? (done - startCount) / seconds : 0;
        String eta = rate > 0 ? duration((long) ((all - done) / rate)) : "?";
        String figures = String.format(Locale.ROOT, "%d/%d files, %.1f files/s, %s left, indexed %d, duplicates %d, skipped %d",
                done, all, rate, eta, counts.get(RunCounts.INDEXED), counts.get(RunCounts.DUPLICATES),
                counts.get(RunCounts.SKIPPED) + counts.get(RunCounts.REFUSED));
        if (terminal == null) {
            log.info("Ingest: {}", figures);
            return;
        }
        int filled = all == 0 ? WIDTH : (int) (WIDTH * done / all);
        terminal.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + figures + "   ");
        if (last) {
            terminal.println();
        }
        terminal.flush();
    }

    static String duration(long seconds) {
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
        }
        return seconds >= 60 ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
    }
}
