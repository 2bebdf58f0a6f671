package org.dossier.ingest.source;

import java.util.List;
import java.util.function.Predicate;

/** What a run reads from: a folder, a URL list or a feed, listed once per run and shared by its partitions. */
public interface SourceReader {

    /** Step context key of the number of items left out as unchanged when the source was listed. */
    String UNCHANGED = "source.unchanged";

    /** The items to take this run, listed on the first call; later calls give the same list. */
    List<SourceItem> items() throws Exception;

    /** How many items the source offers this run, once listed. */
    long total();

    /** How many of the items whose keys {@code keys} accepts were left out as seen and unchanged, once listed. */
    long unchanged(Predicate<String> keys);

    /** What could not be listed (a feed that could not be had, a line that is no address), once listed. */
    List<Problem> problems();

    /** Something the listing could not take: the item as named to people, and why. */
    record Problem(String item, String reason) {
    }
}
