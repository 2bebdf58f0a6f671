package org.dossier.search.entity;

import java.util.List;

import org.dossier.config.domain.EntityRecord;

/** An entity in a list: enough to recognise it and to open its page. */
public record EntitySummary(String id, String type, String name, List<String> aliases, int mentionCount,
                            int documentCount) {

    static EntitySummary of(EntityRecord entity) {
        List<String> aliases = entity.aliases() == null ? List.of() : entity.aliases();
        return new EntitySummary(entity.id(), entity.type(), entity.name(), aliases.subList(0,
                Math.min(5, aliases.size())), entity.mentionCount(), entity.documentCount());
    }
}
