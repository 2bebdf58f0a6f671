package org.dossier.ingest.source;

import java.util.Iterator;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * One partition's share of the run's items: those whose key hashes to it. The share depends
 * only on the key and the number of partitions, so a restarted partition takes the same items,
 * less those the source's cursor now has. Partition 0 also saves how many items the source left
 * out as unchanged, so that the run counts them once.
 */
public class PartitionReader extends AbstractItemCountingItemStreamItemReader<SourceItem> {

    private final SourceReader source;
    private final int partition;
    private final int partitions;
    private Iterator<SourceItem> items;

    public PartitionReader(SourceReader source, int partition, int partitions) {
        if (partitions < 1 || partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("no partition " + partition + " of " + partitions);
        }
        this.source = source;
        this.partition = partition;
        this.partitions = partitions;
        setName("sourcePartition");
        setSaveState(false);
    }

    /** Whether the item with this key belongs to this partition. */
    public boolean takes(String key) {
        return Math.floorMod(key.hashCode(), partitions) == partition;
    }

    @Override
    protected void doOpen() throws Exception {
        items = source.items().stream().filter(item -> takes(item.key())).iterator();
    }

    @Override
    protected SourceItem doRead() {
        return items.hasNext() ? items.next() : null;
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        if (partition == 0) {
            context.putLong(SourceReader.UNCHANGED, source.unchanged());
        }
    }

    @Override
    protected void doClose() {
        items = null;
    }
}
