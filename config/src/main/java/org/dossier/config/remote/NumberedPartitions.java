package org.dossier.config.remote;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits a step into {@code gridSize} partitions ({@code partition0}, ...), each context naming
 * its number and the count, so that each takes its share of the work by its number, and a restart
 * splits the same way whatever the configuration says then.
 */
public class NumberedPartitions implements Partitioner {

    public static final String PARTITION = "partition";
    public static final String PARTITIONS = "partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, i);
            context.putInt(PARTITIONS, gridSize);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
