package org.dossier.resolve.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemWriter;

import org.dossier.config.memory.PeakHeap;
import org.dossier.config.store.EntityRegistry;
import org.dossier.resolve.entity.EntityPublisher;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.state.StateFiles;

/**
 * Gives each mention of a chunk of documents its name's entity, as the names step left them in
 * the registry, and each document the set of its entities. It reads only what the names step
 * saved (the registry, the keys that are no names), so it can run again on its own after a
 * failure.
 */
class MentionEntitiesWriter implements ItemWriter<MentionReader.Document>, StepExecutionListener {

    private final EntityRegistry registry;
    private final EntityPublisher publisher;
    private final StateFiles files;
    private NameGroups names;
    private Map<String, String> entityOfName;
    private Set<String> notNames;
    private ExecutionContext context;
    private long started;

    MentionEntitiesWriter(EntityRegistry registry, EntityPublisher publisher, StateFiles files) {
        this.registry = registry;
        this.publisher = publisher;
        this.files = files;
    }

    @Override
    public void beforeStep(StepExecution step) {
        started = System.nanoTime();
        PeakHeap.reset();
        context = step.getExecutionContext();
        names = new NameGroups();
        entityOfName = registry.entityOfName();
        Object saved = step.getJobExecution().getExecutionContext().get(ResolveSummary.NOT_NAMES);
        notNames = saved instanceof List<?> keys ? new HashSet<>(keys.stream().map(String::valueOf).toList()) : Set.of();
    }

    @Override
    public void write(Chunk<? extends MentionReader.Document> chunk) {
        EntityPublisher.Written written = publisher.publishMentions(new ArrayList<>(chunk.getItems()), names::keys,
                key -> notNames.contains(key) ? null : entityOfName.get(key));
        context.putLong(ResolveSummary.WRITTEN_MENTIONS, context.getLong(ResolveSummary.WRITTEN_MENTIONS, 0)
                + written.mentions() + written.documents());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED) {
            publisher.refresh();
            // Every mention has its entity: the next run starts from the names of this one.
            files.promote();
        }
        String key = ResolveSummary.nanosKey(ResolveSummary.MENTIONS_PHASE);
        context.putLong(key, context.getLong(key, 0) + System.nanoTime() - started);
        context.putLong(ResolveSummary.PEAK_HEAP_MENTIONS,
                Math.max(context.getLong(ResolveSummary.PEAK_HEAP_MENTIONS, 0), PeakHeap.megabytes()));
        // The writer outlives its step: what it held for the step (every name's entity) goes now.
        names = null;
        entityOfName = null;
        notNames = null;
        return null;
    }
}
