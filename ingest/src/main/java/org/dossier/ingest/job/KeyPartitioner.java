package org.dossier.ingest.job;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.support.Partitioner;
import org.springframework.batch.item.ExecutionContext;

/**
 * Splits a run into {@code gridSize} partitions, each taking the source items whose key hashes
 * to it (see {@link org.dossier.ingest.source.PartitionReader}). A partition's context names its
 * number and the count, so a restart splits the same way whatever the configuration says then.
 */
class KeyPartitioner implements Partitioner {

    static final String PARTITION = "partition";
    static final String PARTITIONS = "partitions";

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
