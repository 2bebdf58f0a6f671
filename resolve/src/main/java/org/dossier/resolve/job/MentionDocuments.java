package org.dossier.resolve.job;

import java.util.List;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

import org.dossier.resolve.mention.MentionReader;
import org.dossier.resolve.state.ResolveState;
import org.dossier.resolve.state.StateFiles;

/**
 * The documents whose mentions get their entities, one item each, in id order. Where it stands
 * (the last mention of the last document of a committed chunk) is saved with each chunk, so a
 * run that stops in the middle resumes at the next document.
 */
class MentionDocuments implements ItemStreamReader<MentionReader.Document>, StepExecutionListener {

    private static final String AFTER = "resolve.mentions.after";

    private final MentionReader mentions;
    private final StateFiles files;
    private MentionReader.Documents documents;
    /** The documents the names step listed, or null for all of them. */
    private List<String> only;

    @Override
    public void beforeStep(StepExecution step) {
        Object listed = step.getJobExecution().getExecutionContext().get(ResolveSummary.DOCUMENTS_TO_WRITE);
        only = listed instanceof List<?> ids ? ids.stream().map(String::valueOf).sorted().toList() : null;
    }

    MentionDocuments(MentionReader mentions, StateFiles files) {
        this.mentions = mentions;
        this.files = files;
    }

    @Override
    public void open(ExecutionContext context) {
        // The corpus's votes and concepts are learnt again: a restart may come long after.
        String after = context.containsKey(AFTER) ? context.getString(AFTER) : null;
        // The corpus's votes and concepts as the names step left them, else learnt again.
        MentionReader.Survey survey = ResolveState.readSurvey(files.pending()).orElseGet(mentions::survey);
        documents = only == null ? mentions.documents("entities of the mentions", survey, after)
                : mentions.documents("entities of the mentions", survey, only, after);
    }

    @Override
    public MentionReader.Document read() {
        return documents.hasNext() ? documents.next() : null;
    }

    @Override
    public void update(ExecutionContext context) {
        if (documents != null && documents.position() != null) {
            context.putString(AFTER, documents.position());
        }
    }
}
