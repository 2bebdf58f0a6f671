package org.dossier.config.domain;

import java.time.Instant;
import java.util.List;

/**
 * One person or organisation as stored in the entities index.
 *
 * @param id its id, which lasts while its names stay together
 * @param type PERSON or ORGANIZATION
 * @param name the way it is most often written
 * @param aliases every other way it is written
 * @param mentionCount how many mentions it has
 * @param documentCount in how many documents
 * @param firstSeen the earliest date of its documents (published, else indexed)
 * @param lastSeen the latest
 * @param coMentioned the ids of the entities most often named in the same documents, most first
 * @param mergedFrom ids of entities merged into it, which now point to it
 * @param redirectTo for a merged entity, the id it points to; else null
 */
public record EntityRecord(String id, String type, String name, List<String> aliases, int mentionCount,
                           int documentCount, Instant firstSeen, Instant lastSeen, List<String> coMentioned,
                           List<String> mergedFrom, String redirectTo) {

    /** The entry of an id that was merged into another. */
    public static EntityRecord redirect(String id, String to) {
        return new EntityRecord(id, null, null, List.of(), 0, 0, null, null, List.of(), List.of(), to);
    }
}
