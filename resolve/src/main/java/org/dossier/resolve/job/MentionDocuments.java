package org.dossier.resolve.job;

import java.util.List;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

import org.dossier.resolve.mention.MentionReader;

/**
 * A partition's documents whose mentions get their entities, one item each, in id order: those of
 * its range of ids (see {@link MentionRanges}) that the names steps listed, or all of them. Where it
 * stands (the last document of a committed chunk) is saved with each chunk, so a partition that
 * stops in the middle resumes at the next document.
 */
class MentionDocuments implements ItemStreamReader<MentionReader.Document>, StepExecutionListener {

    private static final String POSITION = "resolve.mentions.after";

    private final MentionReader mentions;
    private final NameEntities entities;
    private NameEntities.Lookup lookup;
    private MentionReader.Documents documents;
    private String pass;
    /** The documents the names steps listed, or null for all of them. */
    private List<String> only;
    private String after;
    private String upTo;

    MentionDocuments(MentionReader mentions, NameEntities entities) {
        this.mentions = mentions;
        this.entities = entities;
    }

    @Override
    public void beforeStep(StepExecution step) {
        only = MentionRanges.listed(step.getJobExecution());
        ExecutionContext range = step.getExecutionContext();
        after = range.containsKey(MentionRanges.AFTER) ? range.getString(MentionRanges.AFTER) : null;
        upTo = range.containsKey(MentionRanges.UP_TO) ? range.getString(MentionRanges.UP_TO) : null;
        String name = step.getStepName();
        pass = "entities of the mentions" + (name.contains(":") ? ", " + name.substring(name.indexOf(':') + 1) : "");
        lookup = entities.acquire(step.getJobExecution());
    }

    @Override
    public void open(ExecutionContext context) {
        String from = context.containsKey(POSITION) ? context.getString(POSITION) : after;
        documents = only == null ? mentions.documents(pass, lookup.survey(), from, upTo)
                : mentions.documents(pass, lookup.survey(), only, from, upTo);
    }

    @Override
    public MentionReader.Document read() {
        return documents.hasNext() ? documents.next() : null;
    }

    @Override
    public void update(ExecutionContext context) {
        if (documents != null && documents.position() != null) {
            context.putString(POSITION, documents.position());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        entities.release(lookup);
        lookup = null;
        documents = null;
        only = null;
        return null;
    }
}
