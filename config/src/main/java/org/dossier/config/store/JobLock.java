package org.dossier.config.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Never two runs of one job at once, whichever process starts them (the command line, the
 * scheduler, the web app): a row a job in the relational store, so the lock holds across
 * processes and machines. A holder whose process died on this host (killed, power cut) no
 * longer holds it.
 */
public class JobLock {

    /** The exit code of a command refused because another run of its job goes on. */
    public static final int REFUSED_EXIT_CODE = 4;

    /** Work done under the lock: a run of the job. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final long pid;
    private final String host;

    public JobLock(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        ProcessOwner self = ProcessOwner.current();
        this.pid = self.pid();
        this.host = self.host();
    }

    /** Who runs the job now, if anyone. */
    public record Holder(String job, Long runId, String input, long pid, String host, Instant since) {

        /** "ingest run 12 of /data/news, running since ... in process 345 on host" */
        public String describe() {
            return job + (runId == null ? "" : " run " + runId) + (input == null ? "" : " of " + input)
                    + ", running since " + since + " in process " + pid + " on " + host;
        }
    }

    /** Refused: another run of the job goes on. */
    public static class BusyException extends IllegalStateException {

        private final transient Holder holder;

        public BusyException(Holder holder) {
            super("another run is going: " + holder.describe());
            this.holder = holder;
        }

        public Holder holder() {
            return holder;
        }
    }

    /**
     * Does {@code work} holding the job's lock, and lets go after, however it ends.
     *
     * @throws BusyException when another run of the job holds the lock; the work is not done
     */
    public <T> T holding(String job, String input, Work<T> work) throws Exception {
        acquire(job, input);
        try {
            return work.run();
        } finally {
            release(job);
        }
    }

    /** Takes the job's lock for this process, or says who has it. */
    public void acquire(String job, String input) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                jdbc.update("INSERT INTO job_lock (job, run_id, input, pid, host, acquired_at) VALUES (?, NULL, ?, ?, ?, ?)",
                        job, input, pid, host, Timestamp.from(clock.instant()));
                return;
            } catch (DuplicateKeyException taken) {
                Optional<Holder> holder = read(job);
                if (holder.isPresent() && isAlive(holder.get())) {
                    throw new BusyException(holder.get());
                }
                // The holder died without letting go: take its place (only if nobody else did first).
                holder.ifPresent(dead -> jdbc.update("DELETE FROM job_lock WHERE job = ? AND pid = ? AND host = ?",
                        job, dead.pid(), dead.host()));
            }
        }
        throw new BusyException(read(job).orElseThrow());
    }

    /** Names the run that holds the lock, once the job repository has given it an id. */
    public void attach(String job, long runId) {
        jdbc.update("UPDATE job_lock SET run_id = ? WHERE job = ? AND pid = ? AND host = ?", runId, job, pid, host);
    }

    public void release(String job) {
        jdbc.update("DELETE FROM job_lock WHERE job = ? AND pid = ? AND host = ?", job, pid, host);
    }

    /**
     * Lets go of the job's lock whoever holds it: for a holder on another machine that will never
     * come back, which this host cannot tell from a live one. Returns who held it.
     */
    public Optional<Holder> breakLock(String job) {
        Optional<Holder> holder = read(job);
        holder.ifPresent(h -> jdbc.update("DELETE FROM job_lock WHERE job = ? AND pid = ? AND host = ?",
                job, h.pid(), h.host()));
        return holder;
    }

    /** The live holder of the job's lock, if any. */
    public Optional<Holder> holder(String job) {
        return read(job).filter(this::isAlive);
    }

    private Optional<Holder> read(String job) {
        List<Holder> found = jdbc.query("SELECT job, run_id, input, pid, host, acquired_at FROM job_lock WHERE job = ?",
                (rs, row) -> new Holder(rs.getString(1), (Long) rs.getObject(2, Long.class), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getTimestamp(6).toInstant()), job);
        return found.stream().findFirst();
    }

    private boolean isAlive(Holder holder) {
        return new ProcessOwner(holder.pid(), holder.host()).isAlive();
    }
}
