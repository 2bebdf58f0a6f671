package org.dossier.config.elastic;

import java.util.List;

import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;

/** What Elasticsearch refused of a bulk request: it answers 200 and says so item by item. */
public final class BulkErrors {

    private BulkErrors() {
    }

    /** The refused operations, in the request's order; empty when it took them all. */
    public static List<BulkResponseItem> refused(BulkResponse response) {
        return response.errors() ? response.items().stream().filter(item -> item.error() != null).toList() : List.of();
    }

    /** Why the first refused operation was refused ("?" when no reason is given); null when all were taken. */
    public static String firstReason(BulkResponse response) {
        if (!response.errors()) {
            return null;
        }
        return response.items().stream().filter(item -> item.error() != null).findFirst()
                .map(item -> item.error().reason()).orElse("?");
    }

    /** Throws {@code IllegalStateException("<what>: <the first reason>")} unless all operations were taken. */
    public static void requireTaken(BulkResponse response, String what) {
        String reason = firstReason(response);
        if (reason != null) {
            throw new IllegalStateException(what + ": " + reason);
        }
    }
}
