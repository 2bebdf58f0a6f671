package org.dossier.search.entity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.EntityRecord;
import org.dossier.config.elastic.Answers;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.search.figure.FigureQuery;
import org.dossier.search.figure.FigureRow;
import org.dossier.search.figure.FigureSearch;
import org.dossier.search.index.EntityLookup;
import org.dossier.search.query.Facets;
import org.dossier.search.query.FigureFilter;
import org.dossier.search.query.Params;
import org.dossier.search.system.NotFoundException;

/** What an entity's page shows besides its documents: its entry, who comes with it, when, and the figures near it. */
@Service
public class EntityProfile {

    private static final int FIGURE_DOCUMENTS = 10;
    private static final int FIGURES_PER_DOCUMENT = 5;

    private final ElasticsearchAsyncClient async;
    private final IndexNames indices;
    private final EntityLookup lookup;
    private final FigureSearch figures;

    public EntityProfile(ElasticsearchClient client, IndexNames indices, EntityLookup lookup, FigureSearch figures) {
        this.async = new ElasticsearchAsyncClient(client._transport());
        this.indices = indices;
        this.lookup = lookup;
        this.figures = figures;
    }

    /**
     * @param entity its entry; when it names {@code redirectTo}, the rest is empty
     * @param coMentioned the entities most often named in the same documents, most first
     * @param timeline how many of its documents were published each month
     * @param figures a few figures from each of its most recent documents
     */
    public record Profile(EntityRecord entity, List<EntitySummary> coMentioned, List<Facets.Month> timeline,
                          List<FigureRow> figures) {
    }

    /** The entry of an id; a merged id's entry names where it now points ({@code redirectTo}). */
    public EntityRecord entry(String given) {
        String id = Params.id("entity id", given);
        EntityRecord entity = lookup.byId(List.of(id)).get(id);
        if (entity == null) {
            throw new NotFoundException("no entity with id " + id);
        }
        return entity;
    }

    /**
     * The entry of an id and, unless it was merged away ({@code redirectTo}), its profile. The
     * figures and the timeline need only the id: they are asked for with the entry, and the
     * co-mentioned once the entry names them, so that the page waits for the slowest read, not
     * for each in turn. A merged id's figures and timeline are read for nothing; such ids are rare.
     */
    public Profile profile(String given) {
        String id = Params.id("entity id", given);
        CompletableFuture<List<FigureRow>> rows = figures.summary(new FigureQuery(FigureFilter.NONE, id, null,
                null, FIGURE_DOCUMENTS, null), FIGURES_PER_DOCUMENT);
        CompletableFuture<List<Facets.Month>> timeline = timeline(id);
        EntityRecord entity = entry(id);
        if (entity.redirectTo() != null) {
            return new Profile(entity, List.of(), List.of(), List.of());
        }
        List<String> coIds = entity.coMentioned() == null ? List.of() : entity.coMentioned();
        Map<String, EntityRecord> co = lookup.byId(coIds);
        List<EntitySummary> coMentioned = coIds.stream().map(co::get)
                .filter(e -> e != null && e.redirectTo() == null).map(EntitySummary::of).toList();
        String what = "the profile of " + id;
        return new Profile(entity, coMentioned, Answers.join(timeline, what), Answers.join(rows, what));
    }

    private CompletableFuture<List<Facets.Month>> timeline(String id) {
        return async.search(s -> s.index(indices.documents()).size(0)
                        .query(q -> q.term(t -> t.field(IndexFields.ENTITY_IDS).value(id)))
                        .aggregations("timeline", a -> a.dateHistogram(d -> d.field(IndexFields.PUBLISHED)
                                .calendarInterval(CalendarInterval.Month).format("yyyy-MM").minDocCount(1))),
                Void.class)
                .thenApply(response -> response.aggregations().get("timeline").dateHistogram().buckets().array()
                        .stream().map(b -> new Facets.Month(b.keyAsString(), b.docCount())).toList());
    }
}
