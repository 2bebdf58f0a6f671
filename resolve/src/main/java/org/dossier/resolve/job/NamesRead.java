package org.dossier.resolve.job;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;

/**
 * What the read phase leaves for the phases after it.
 *
 * @param read the documents read this run, when the names of the others came from the last
 *        run's state; null when every document was read
 * @param added the keys of the names of the documents read this run, when {@code read} is not null
 * @param numbers each name's number in the state (see {@link NameGroups#numbers})
 * @param changed the numbers of the names of the documents read this run
 * @param lastState the stamp of the state read, when {@code read} is not null
 */
record NamesRead(List<NameGroup> groups, Map<String, String> definitions, Set<String> notNames, long mentions,
                 long documents, List<String> read, Set<String> added, int[] numbers, BitSet changed,
                 String lastState) {
}
