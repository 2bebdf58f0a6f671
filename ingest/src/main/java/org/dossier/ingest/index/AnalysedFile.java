package org.dossier.ingest.index;

import java.util.List;

import org.dossier.ingest.parse.ReadFile;

/**
 * One file's documents ready for the index.
 *
 * @param documents the file's own document first, then those of the files inside it
 * @param unread the files inside it that could not be read, for the skip ledger
 */
public record AnalysedFile(List<AnalysedDocument> documents, List<ReadFile.Unread> unread) {
}
