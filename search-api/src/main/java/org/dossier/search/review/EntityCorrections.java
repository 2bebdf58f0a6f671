package org.dossier.search.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.EntityRecord;
import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.Verdict;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.JudgementStore;
import org.dossier.config.store.PreferredNames;
import org.dossier.search.index.EntityLookup;
import org.dossier.search.query.BadSearchRequestException;
import org.dossier.search.system.NotFoundException;

/** An analyst's corrections on one entity: the name to show, and a name that is someone else. */
@Service
public class EntityCorrections {

    private final EntityLookup lookup;
    private final EntityRegistry registry;
    private final JudgementStore judgements;
    private final PreferredNames preferredNames;
    private final ElasticsearchClient client;
    private final IndexNames indices;

    public EntityCorrections(EntityLookup lookup, EntityRegistry registry, JudgementStore judgements,
                             PreferredNames preferredNames, ElasticsearchClient client, IndexNames indices) {
        this.lookup = lookup;
        this.registry = registry;
        this.judgements = judgements;
        this.preferredNames = preferredNames;
        this.client = client;
        this.indices = indices;
    }

    /** Shows {@code name}, one of the entity's spellings, as its name, now and after every later run. */
    public EntityRecord prefer(String entityId, String name, String by) {
        EntityRecord entity = entity(entityId);
        if (name == null || !(name.equals(entity.name()) || entity.aliases().contains(name))) {
            throw new BadSearchRequestException("'" + name + "' is not one of the ways " + entity.name()
                    + " is written");
        }
        preferredNames.choose(entity.id(), name, by, Instant.now());
        Set<String> aliases = new LinkedHashSet<>(entity.aliases());
        aliases.add(entity.name());
        aliases.remove(name);
        EntityRecord renamed = new EntityRecord(entity.id(), entity.type(), name, List.copyOf(aliases),
                entity.mentionCount(), entity.documentCount(), entity.firstSeen(), entity.lastSeen(),
                entity.coMentioned(), entity.mergedFrom(), null);
        try {
            client.index(i -> i.index(indices.entities()).id(entity.id()).document(renamed).refresh(Refresh.True));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not take the new name of " + entity.id(), e);
        }
        return renamed;
    }

    /**
     * Says that {@code nameKey} is not the same as any other name of the entity: one "not same"
     * judgement each, which the next resolve run obeys by taking the name out.
     *
     * @return how many judgements were recorded
     */
    public int splitOut(String entityId, String nameKey, String by) {
        EntityRecord entity = entity(entityId);
        List<String> names = registry.namesOf(entity.id());
        if (!names.contains(nameKey)) {
            throw new BadSearchRequestException("'" + nameKey + "' is not a name of " + entity.name() + "; its names "
                    + "are " + names);
        }
        if (names.size() < 2) {
            throw new BadSearchRequestException(entity.name() + " has only one name; there is nothing to split");
        }
        int count = 0;
        for (String other : names) {
            if (!other.equals(nameKey)) {
                judgements.decide(new Judgement(nameKey, other, Verdict.NOT_SAME), by,
                        "split out of " + entity.name(), Instant.now());
                count++;
            }
        }
        return count;
    }

    public List<String> names(String entityId) {
        return registry.namesOf(entityId);
    }

    private EntityRecord entity(String id) {
        EntityRecord entity = id == null ? null : lookup.current(id);
        if (entity == null) {
            throw new NotFoundException("no entity with id " + id);
        }
        return entity;
    }
}
