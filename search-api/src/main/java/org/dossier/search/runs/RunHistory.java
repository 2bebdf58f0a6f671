package org.dossier.search.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Repository;
import org.springframework.util.DigestUtils;

import org.dossier.config.store.JobLock;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.StoreDialect;
import org.dossier.search.system.NotFoundException;

/**
 * Runs as the jobs record them in Spring Batch's job repository, read with plain SQL: the web
 * app shares the store with the job processes but runs no job itself.
 */
@Repository
public class RunHistory {

    private static final String RUNS = "SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE,"
            + " e.START_TIME, e.END_TIME, (SELECT p.PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS p"
            + " WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'input') AS INPUT,"
            + " (SELECT COUNT(*) FROM skip_ledger s WHERE s.job_execution_id = e.JOB_EXECUTION_ID) AS SKIPPED"
            + " FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID";

    /** What a run whose process is gone says until the next run of its job records it. */
    static final String PROCESS_GONE = "its process ended without finishing (killed or the machine stopped);"
            + " the next run of the job goes on from where it stopped";

    private final JdbcTemplate jdbc;
    private final JobLock lock;

    public RunHistory(JdbcTemplate jdbc, JobLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    /** The latest runs, newest first, of one job or of all (job null). */
    public List<Run> latest(String job, int limit) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (job != null) {
            where = " WHERE i.JOB_NAME = ?";
            args.add(job);
        }
        args.add(limit);
        List<Run> runs = jdbc.query(RUNS + where + " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?",
                (rs, row) -> run(rs), args.toArray());
        return runs.stream().map(this::alive).map(this::withSteps).toList();
    }

    public Run one(long id) {
        List<Run> found = jdbc.query(RUNS + " WHERE e.JOB_EXECUTION_ID = ?", (rs, row) -> run(rs), id);
        if (found.isEmpty()) {
            throw new NotFoundException("no run " + id);
        }
        return withSteps(alive(found.get(0)));
    }

    /**
     * The run as it stands: one the job repository still calls running is failed when no live
     * holder of its job's lock names it (its process was killed, or its machine stopped). The
     * lock is held for the whole of a run; the first moments, before the run has its id, count
     * as alive, and so does a holder on another machine, which this host cannot see.
     */
    private Run alive(Run run) {
        if (!run.running()) {
            return run;
        }
        Optional<JobLock.Holder> holder = lock.holder(run.job());
        if (holder.isPresent() && (holder.get().runId() == null || holder.get().runId() == run.id())) {
            return run;
        }
        return new Run(run.id(), run.job(), run.input(), "FAILED", "FAILED", PROCESS_GONE, run.started(),
                run.ended(), run.read(), run.written(), run.skipped(), run.counts(), run.steps());
    }

    /** When the latest run of a job on this input started (an ingest's source; null for resolve), or null. */
    public Instant lastStart(String job, String input) {
        String sql = "SELECT MAX(e.START_TIME) FROM BATCH_JOB_EXECUTION e"
                + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ?";
        Timestamp last = input == null ? jdbc.queryForObject(sql, Timestamp.class, job)
                : jdbc.queryForObject(sql + " AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p"
                        + " WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'input'"
                        + " AND p.PARAMETER_VALUE = ?)", Timestamp.class, job, input);
        return instant(last);
    }

    /** The run's skips, filtered by stage and by words in the item or the reason (either may be null). */
    public List<SkipEntry> skips(long id, String stage, String text, int limit) {
        StringBuilder sql = new StringBuilder("SELECT job_execution_id, source, item, stage, reason, skipped_at"
                + " FROM skip_ledger WHERE job_execution_id = ?");
        List<Object> args = new ArrayList<>(List.of(id));
        if (stage != null && !stage.isBlank()) {
            sql.append(" AND stage = ?");
            args.add(stage.strip());
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND (LOWER(item) LIKE ? OR LOWER(reason) LIKE ?)");
            String like = "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
        }
        sql.append(" ORDER BY id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, row) -> new SkipEntry(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), args.toArray());
    }

    /**
     * Asks a running run to stop, as Spring Batch's JobOperator does: the status becomes STOPPING
     * in the repository with a new version, which the job's process reads at its next chunk
     * (it compares versions before it looks at the status) and stops.
     */
    public boolean requestStop(long id) {
        return jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STOPPING', VERSION = VERSION + 1,"
                + " LAST_UPDATED = ?"
                + " WHERE JOB_EXECUTION_ID = ? AND STATUS IN ('STARTING', 'STARTED')",
                Timestamp.from(Instant.now()), id) > 0;
    }

    /**
     * Whether a run of the job (for ingest, of this input) entered the job repository at or after
     * {@code since}: a process started then has recorded itself.
     */
    public boolean recordedSince(String job, String input, Instant since) {
        String sql = "SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = ? AND e.CREATE_TIME >= ?";
        Integer count = input == null ? jdbc.queryForObject(sql, Integer.class, job, Timestamp.from(since))
                : jdbc.queryForObject(sql + " AND EXISTS (SELECT 1 FROM BATCH_JOB_EXECUTION_PARAMS p"
                        + " WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'input'"
                        + " AND p.PARAMETER_VALUE = ?)", Integer.class, job, Timestamp.from(since), input);
        return count != null && count > 0;
    }

    /**
     * Records a run whose process ended before it recorded itself (it could not start, or died
     * first) as a failed run of its own with the reason as its exit message, so that it shows in
     * /runs beside the others and can be restarted. Returns its id.
     */
    public long recordNotStarted(String job, String input, Instant launched, String reason) {
        StoreDialect dialect = StoreDialect.of(jdbc);
        long instance = sequence(dialect, "BATCH_JOB_SEQ").nextLongValue();
        long execution = sequence(dialect, "BATCH_JOB_EXECUTION_SEQ").nextLongValue();
        Timestamp now = Timestamp.from(Instant.now());
        // A key of its own: the job's next run makes its instance as it always does.
        jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)",
                instance, job, DigestUtils.md5DigestAsHex(("not started " + execution).getBytes()));
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME,"
                + " START_TIME, END_TIME, STATUS, EXIT_CODE, EXIT_MESSAGE, LAST_UPDATED)"
                + " VALUES (?, 1, ?, ?, ?, ?, 'FAILED', 'FAILED', ?, ?)", execution, instance,
                Timestamp.from(launched), Timestamp.from(launched), now,
                reason.length() > 2500 ? reason.substring(0, 2500) : reason, now);
        if (input != null) {
            jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE,"
                    + " PARAMETER_VALUE, IDENTIFYING) VALUES (?, 'input', 'java.lang.String', ?, 'Y')", execution, input);
        }
        jdbc.update("INSERT INTO BATCH_JOB_EXECUTION_PARAMS (JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_TYPE,"
                + " PARAMETER_VALUE, IDENTIFYING) VALUES (?, 'runAt', 'java.lang.Long', ?, 'Y')", execution,
                Long.toString(launched.toEpochMilli()));
        return execution;
    }

    private DataFieldMaxValueIncrementer sequence(StoreDialect dialect, String name) {
        return dialect.postgres() ? new PostgresSequenceMaxValueIncrementer(jdbc.getDataSource(), name)
                : new H2SequenceMaxValueIncrementer(jdbc.getDataSource(), name);
    }

    private Run withSteps(Run run) {
        List<Run.Step> steps = jdbc.query("SELECT STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT,"
                        + " READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT, COMMIT_COUNT"
                        + " FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID",
                (rs, row) -> new Run.Step(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)), run.id());
        // A partitioned step's manager sums its parts only when they end; count the parts as they go.
        boolean partitioned = steps.stream().anyMatch(s -> s.name().contains(":"));
        long read = 0;
        long written = 0;
        for (Run.Step step : steps) {
            if (!partitioned || step.name().contains(":")) {
                read += step.read();
                written += step.written();
            }
        }
        // Once it has ended, the run's own counts, as its last line gave them.
        Map<String, Long> counts = run.running() ? Map.of() : RunCounts.of(jdbc, run.id(), run.job());
        Long lineRead = RunCounts.read(run.job(), counts);
        Long lineWritten = RunCounts.written(run.job(), counts);
        return new Run(run.id(), run.job(), run.input(), run.status(), run.exitCode(), run.exitMessage(),
                run.started(), run.ended(), lineRead != null ? lineRead : read,
                lineWritten != null ? lineWritten : written, run.skipped(), counts, steps);
    }

    private static Run run(ResultSet rs) throws SQLException {
        return new Run(rs.getLong(1), rs.getString(2), rs.getString(8), rs.getString(3), rs.getString(4),
                rs.getString(5), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), 0, 0, rs.getLong(9),
                Map.of(), List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
