package org.dossier.resolve.job;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

import org.dossier.resolve.mention.MentionReader;

/**
 * The documents whose mentions get their entities, one item each, in id order. Where it stands
 * (the last mention of the last document of a committed chunk) is saved with each chunk, so a
 * run that stops in the middle resumes at the next document.
 */
class MentionDocuments implements ItemStreamReader<MentionReader.Document> {

    private static final String AFTER = "resolve.mentions.after";

    private final MentionReader mentions;
    private MentionReader.Documents documents;

    MentionDocuments(MentionReader mentions) {
        this.mentions = mentions;
    }

    @Override
    public void open(ExecutionContext context) {
        // The corpus's votes and concepts are learnt again: a restart may come long after.
        documents = mentions.documents("entities of the mentions", mentions.survey(), context.containsKey(AFTER) ? context.getString(AFTER) : null);
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
