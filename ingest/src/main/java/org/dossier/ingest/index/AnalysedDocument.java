package org.dossier.ingest.index;

import java.util.List;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;

/**
 * A document ready for the index, with its mentions.
 *
 * @param document the document, its entities summarised and its figures attached
 * @param mentions its mentions, one index entry each
 * @param alreadyIndexed true when its id was in the index before this run, whole: it is counted, not sent
 * @param repair true when its id was in the index before this run without all its mentions (a run of
 *        an earlier version cut off between the two): its mentions are written, and it counts as repaired
 */
public record AnalysedDocument(DocumentRecord document, List<Mention> mentions, boolean alreadyIndexed,
                               boolean repair) {

    public AnalysedDocument(DocumentRecord document, List<Mention> mentions, boolean alreadyIndexed) {
        this(document, mentions, alreadyIndexed, false);
    }
}
