package org.dossier.resolve.job;

import java.util.ArrayList;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemWriter;

import org.dossier.config.memory.PeakHeap;
import org.dossier.resolve.entity.EntityPublisher;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionReader;

/**
 * Gives each mention of a chunk of a partition's documents its name's entity, as the names steps
 * left them in the registry, and each document the set of its entities. It reads only what the
 * names steps saved (the registry, the keys that are no names), so it can run again on its own
 * after a failure, in this process or a worker's.
 */
class MentionEntitiesWriter implements ItemWriter<MentionReader.Document>, StepExecutionListener {

    private final EntityPublisher publisher;
    private final NameEntities entities;
    private NameEntities.Lookup lookup;
    /** A partition's own: the names' normalisation it caches is not shared between threads. */
    private NameGroups names;
    private ExecutionContext context;

    MentionEntitiesWriter(EntityPublisher publisher, NameEntities entities) {
        this.publisher = publisher;
        this.entities = entities;
    }

    @Override
    public void beforeStep(StepExecution step) {
        context = step.getExecutionContext();
        names = new NameGroups();
        lookup = entities.acquire(step.getJobExecution());
    }

    @Override
    public void write(Chunk<? extends MentionReader.Document> chunk) {
        EntityPublisher.Written written = publisher.publishMentions(new ArrayList<>(chunk.getItems()), names::keys,
                lookup::entityOf);
        context.putLong(ResolveSummary.WRITTEN_MENTIONS, context.getLong(ResolveSummary.WRITTEN_MENTIONS, 0)
                + written.mentions() + written.documents());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        context.putLong(ResolveSummary.PEAK_HEAP_MENTIONS,
                Math.max(context.getLong(ResolveSummary.PEAK_HEAP_MENTIONS, 0), PeakHeap.megabytes()));
        entities.release(lookup);
        lookup = null;
        names = null;
        return null;
    }
}
