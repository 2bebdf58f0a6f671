package org.dossier.ingest.index;

import java.util.List;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.domain.Mention;

/**
 * A document ready for the index, with its mentions.
 *
 * @param document the document, its entities summarised and its figures attached
 * @param mentions its mentions, one index entry each
 * @param alreadyIndexed true when its id was in the index before this run: it is counted, not sent
 */
public record AnalysedDocument(DocumentRecord document, List<Mention> mentions, boolean alreadyIndexed) {
}
