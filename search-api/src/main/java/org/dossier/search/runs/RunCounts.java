package org.dossier.search.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import org.dossier.config.store.JobNames;

/**
 * The counts a finished run printed on its last line, from the figures each job records for
 * monitoring when it ends ({@code run_metric}), named and ordered as on that line. Spring Batch's
 * own read and write counts say something else: an ingest counts a duplicate as written, and
 * resolve writes its entities outside any chunk.
 */
final class RunCounts {

    /** The line's word for each recorded figure, in the line's order. */
    private static final Map<String, List<String[]>> WORDS = Map.of(
            JobNames.INGEST, List.of(new String[] {"documents_read", "read"}, new String[] {"documents_unchanged", "unchanged"},
                    new String[] {"documents_indexed", "indexed"}, new String[] {"documents_duplicate", "duplicates"},
                    new String[] {"documents_near_duplicate", "near_duplicates"},
                    new String[] {"documents_skipped", "skipped"}),
            JobNames.RESOLVE, List.of(new String[] {"mentions", "mentions"}, new String[] {"names", "names"},
                    new String[] {"entities_new", "new"},
                    new String[] {"entities_merged", "merged"}, new String[] {"review_candidates", "review"},
                    new String[] {"contradictions", "contradictions"}, new String[] {"entities_written", "written"},
                    new String[] {"names_left_out", "left_out"}));

    /** For each job, which counts stand in the runs table's read and written columns. */
    private static final Map<String, String[]> READ_WRITTEN = Map.of(
            JobNames.INGEST, new String[] {"read", "indexed"}, JobNames.RESOLVE, new String[] {"mentions", "written"});

    private RunCounts() {
    }

    static Map<String, Long> of(JdbcTemplate jdbc, long runId, String job) {
        Map<String, Long> recorded = new LinkedHashMap<>();
        jdbc.query("SELECT name, metric_value FROM run_metric WHERE job_execution_id = ? AND label = ''",
                rs -> {
                    recorded.put(rs.getString(1), Math.round(rs.getDouble(2)));
                }, runId);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String[] word : WORDS.getOrDefault(job, List.of())) {
            if (recorded.containsKey(word[0])) {
                counts.put(word[1], recorded.get(word[0]));
            }
        }
        return counts;
    }

    /** The run's read and written counts from its last line, or null where the line lacks them. */
    static Long read(String job, Map<String, Long> counts) {
        String[] columns = READ_WRITTEN.get(job);
        return columns == null ? null : counts.get(columns[0]);
    }

    static Long written(String job, Map<String, Long> counts) {
        String[] columns = READ_WRITTEN.get(job);
        return columns == null ? null : counts.get(columns[1]);
    }
}
