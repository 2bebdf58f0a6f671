package org.dossier.config.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What each run did, as figures for monitoring: the jobs write them when a run ends, and the web
 * app sums them over all runs for its metrics endpoint. A restarted run writes its whole-run
 * figures again in place of the earlier ones, so every sum only grows.
 */
public class RunMetrics {

    /** One figure of a run: {@code documents_indexed}, or {@code skips} with label {@code empty file}. */
    public record Figure(String name, String label, double value) {
    }

    /** A figure summed over every run of a job. */
    public record Total(String job, String name, String label, double value) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public RunMetrics(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    public void record(long runId, String job, List<Figure> figures) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM run_metric WHERE job_execution_id = ?", runId);
            List<Object[]> rows = new ArrayList<>();
            for (Figure figure : figures) {
                rows.add(new Object[] {runId, job, figure.name(), figure.label(), figure.value()});
            }
            jdbc.batchUpdate("INSERT INTO run_metric (job_execution_id, job, name, label, metric_value)"
                    + " VALUES (?, ?, ?, ?, ?)", rows);
        });
    }

    public List<Total> totals() {
        return jdbc.query("SELECT job, name, label, SUM(metric_value) FROM run_metric GROUP BY job, name, label"
                        + " ORDER BY job, name, label",
                (rs, row) -> new Total(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)));
    }
}
