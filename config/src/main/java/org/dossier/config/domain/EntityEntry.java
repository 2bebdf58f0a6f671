package org.dossier.config.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds an entity's entry in the entities index, the same way when resolve publishes it and when
 * an analyst's "same" merges two: the name and its other spellings as aliases, the counts, the
 * dates it was seen between, the entities most often named beside it (at most
 * {@link #CO_MENTIONED} unless it had more) and the ids merged into it.
 */
public final class EntityEntry {

    /** How many co-mentioned entities an entry keeps, most often named together first. */
    public static final int CO_MENTIONED = 10;

    private final String id;
    private final String type;
    private final String name;
    private List<String> aliases = List.of();
    private int mentionCount;
    private int documentCount;
    private Instant firstSeen;
    private Instant lastSeen;
    private List<String> coMentioned = List.of();
    private List<String> mergedFrom = List.of();

    public EntityEntry(String id, String type, String name) {
        this.id = id;
        this.type = type;
        this.name = name;
    }

    /** Every way it is written, in the order the aliases keep; the name is left out of them. */
    public EntityEntry spellings(Collection<String> spellings) {
        List<String> others = new ArrayList<>(spellings);
        others.remove(name);
        aliases = List.copyOf(others);
        return this;
    }

    public EntityEntry counts(int mentions, int documents) {
        mentionCount = mentions;
        documentCount = documents;
        return this;
    }

    /** Widens the dates it was seen between to {@code first} and {@code last}; a null is no date. */
    public EntityEntry seen(Instant first, Instant last) {
        if (first != null && (firstSeen == null || first.isBefore(firstSeen))) {
            firstSeen = first;
        }
        if (last != null && (lastSeen == null || last.isAfter(lastSeen))) {
            lastSeen = last;
        }
        return this;
    }

    /** The entities named beside it, most often first, of which the first {@code cap} are kept. */
    public EntityEntry coMentioned(Collection<String> mostFirst, int cap) {
        List<String> all = List.copyOf(mostFirst);
        coMentioned = all.subList(0, Math.min(all.size(), cap));
        return this;
    }

    public EntityEntry mergedFrom(Collection<String> ids) {
        mergedFrom = List.copyOf(ids);
        return this;
    }

    public EntityRecord build() {
        return new EntityRecord(id, type, name, aliases, mentionCount, documentCount, firstSeen, lastSeen,
                coMentioned, mergedFrom, null);
    }
}
