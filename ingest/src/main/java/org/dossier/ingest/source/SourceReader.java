package org.dossier.ingest.source;

import org.springframework.batch.item.ItemStreamReader;

/** What a run reads from: a folder, a URL list or a feed. */
public interface SourceReader extends ItemStreamReader<SourceItem> {

    /** Step context key of the number of items left out as unchanged when the source was opened. */
    String UNCHANGED = "source.unchanged";

    /** How many items the source offers this run, once opened. */
    long total();

    /** How many items were left out as already seen and unchanged, once opened. */
    default long unchanged() {
        return 0;
    }
}
