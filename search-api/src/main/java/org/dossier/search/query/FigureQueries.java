package org.dossier.search.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.NestedQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import org.dossier.config.elastic.IndexFields;

/** The nested query that finds documents stating a figure that passes a {@link FigureFilter}. */
public final class FigureQueries {

    public static final String PATH = IndexFields.FIGURES;

    private FigureQueries() {
    }

    public static Query figureQuery(FigureFilter filter) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (filter.type() != null) {
            bool.filter(term(IndexFields.FIGURE_TYPE, filter.type()));
        }
        if (filter.currency() != null) {
            bool.filter(term(IndexFields.FIGURE_CURRENCY, filter.currency()));
        }
        if (filter.min() != null) {
            // A range ("$2 trillion to $3 trillion") reaches the minimum with its high end.
            bool.filter(f -> f.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.range(r -> r.number(n -> n.field(IndexFields.FIGURE_VALUE).gte(filter.min()))))
                    .should(s -> s.range(r -> r.number(n -> n.field(IndexFields.FIGURE_VALUE_MAX)
                            .gte(filter.min()))))));
        }
        if (filter.max() != null) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field(IndexFields.FIGURE_VALUE).lte(filter.max()))));
        }
        if (filter.counted() != null) {
            bool.filter(f -> f.term(t -> t.field(IndexFields.FIGURE_COUNTED).value(filter.counted())
                    .caseInsensitive(true)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    public static NestedQuery.Builder nested(FigureFilter filter) {
        return new NestedQuery.Builder().path(PATH).scoreMode(ChildScoreMode.None).query(figureQuery(filter));
    }

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }
}
