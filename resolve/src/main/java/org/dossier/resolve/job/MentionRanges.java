package org.dossier.resolve.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

import org.dossier.resolve.entity.EntityPublisher;
import org.dossier.resolve.state.StateFiles;

/**
 * The mentions step as a whole: splits the documents whose mentions get their entities into
 * ranges of ids with about as many documents each, one partition each (those the names steps
 * listed, else every document as the index lists them now; one indexed later falls in the range
 * of its id), and when every partition is done makes the run's state the current one. A
 * partition's context holds its range, so a restart reads the same ranges whatever the
 * configuration says then.
 */
class MentionRanges implements Partitioner, StepExecutionListener {

    /** A range's start, excluded; absent: from the first document. */
    static final String AFTER = "resolve.range.after";
    /** A range's end, included; absent: to the last document. */
    static final String UP_TO = "resolve.range.upTo";

    private final Supplier<List<String>> everyDocument;
    private final EntityPublisher publisher;
    private final StateFiles files;
    private List<String> listed;
    private long started;

    /** @param everyDocument the ids of the index's documents, in id order */
    MentionRanges(Supplier<List<String>> everyDocument, EntityPublisher publisher, StateFiles files) {
        this.everyDocument = everyDocument;
        this.publisher = publisher;
        this.files = files;
    }

    @Override
    public void beforeStep(StepExecution step) {
        started = System.nanoTime();
        listed = listed(step.getJobExecution());
    }

    /** The documents the names steps listed for the mentions step, in id order; null for all of them. */
    static List<String> listed(JobExecution run) {
        Object saved = run.getExecutionContext().get(ResolveSummary.DOCUMENTS_TO_WRITE);
        return saved instanceof List<?> ids ? ids.stream().map(String::valueOf).sorted().toList() : null;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        return ranges(listed != null ? listed : everyDocument.get(), gridSize);
    }

    /** {@code ids} (sorted) cut into at most {@code parts} ranges of about as many, the first and last open. */
    static Map<String, ExecutionContext> ranges(List<String> ids, int parts) {
        int count = Math.max(1, Math.min(parts, ids.size()));
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            ExecutionContext range = new ExecutionContext();
            if (k > 0) {
                range.putString(AFTER, ids.get((int) ((long) k * ids.size() / count) - 1));
            }
            if (k < count - 1) {
                range.putString(UP_TO, ids.get((int) ((long) (k + 1) * ids.size() / count) - 1));
            }
            ranges.put("partition" + k, range);
        }
        return ranges;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        listed = null;
        if (step.getStatus() == BatchStatus.COMPLETED) {
            publisher.refresh();
            // Every mention has its entity: the next run starts from the names of this one.
            files.promote();
        }
        ExecutionContext context = step.getExecutionContext();
        String key = ResolveSummary.nanosKey(ResolveSummary.MENTIONS_PHASE);
        context.putLong(key, context.getLong(key, 0) + System.nanoTime() - started);
        return null;
    }
}
