package org.dossier.ingest.source;

import java.util.Iterator;
import java.util.function.Consumer;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * One partition's share of the run's items: those whose key hashes to it. The share depends
 * only on the key and the number of partitions, so a restarted partition takes the same items,
 * less those the source's cursor now has. Each partition also saves how many of its share the
 * source left out as unchanged, so that the run counts each once, even when partitions run in
 * processes of their own that list the source at different times.
 */
public class PartitionReader extends AbstractItemCountingItemStreamItemReader<SourceItem> {

    private final SourceReader source;
    private final int partition;
    private final int partitions;
    private final Consumer<SourceReader.Problem> problems;
    private Iterator<SourceItem> items;

    public PartitionReader(SourceReader source, int partition, int partitions) {
        this(source, partition, partitions, problem -> { });
    }

    /**
     * {@code problems} is told what the listing could not take, by partition 0 only: partitions
     * in other processes list the source too, and the run records each problem once.
     */
    public PartitionReader(SourceReader source, int partition, int partitions,
                           Consumer<SourceReader.Problem> problems) {
        if (partitions < 1 || partition < 0 || partition >= partitions) {
            throw new IllegalArgumentException("no partition " + partition + " of " + partitions);
        }
        this.source = source;
        this.partition = partition;
        this.partitions = partitions;
        this.problems = problems;
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
        if (partition == 0) {
            source.problems().forEach(problems);
        }
    }

    @Override
    protected SourceItem doRead() {
        return items.hasNext() ? items.next() : null;
    }

    @Override
    public void update(ExecutionContext context) {
        super.update(context);
        context.putLong(SourceReader.UNCHANGED, source.unchanged(this::takes));
    }

    @Override
    protected void doClose() {
        items = null;
    }
}
