package org.dossier.config.remote;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request as it travels through the broker: a line of text naming the worker step,
 * the run and the partition ({@code step=ingestPartition job=12 partition=345}), never a
 * serialized Java object, which a worker would have to trust to read; and readable by a person
 * browsing the queue.
 */
public final class PartitionRequests {

    private static final Pattern LINE = Pattern.compile("step=(\\S+) job=(\\d+) partition=(\\d+)");

    private PartitionRequests() {
    }

    /** The queue that carries a job's partitions: named per installation, as its indices are. */
    public static String queue(String indexPrefix, String jobName) {
        return indexPrefix + "." + jobName.toLowerCase(Locale.ROOT) + ".partitions";
    }

    public static String write(StepExecutionRequest request) {
        return "step=" + request.getStepName() + " job=" + request.getJobExecutionId()
                + " partition=" + request.getStepExecutionId();
    }

    public static StepExecutionRequest read(String text) {
        Matcher m = LINE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a partition request: " + text);
        }
        return new StepExecutionRequest(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }
}
