package org.dossier.resolve;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.dossier.config.elastic.DossierIndex;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;

/** The tests' indices deleted and made again, empty, before each test. */
public final class FreshIndices {

    private FreshIndices() {
    }

    public static void make(ElasticsearchClient client, IndexNames indices, IndexSchemas schemas) throws IOException {
        for (DossierIndex index : DossierIndex.values()) {
            client.indices().delete(d -> d.index(index.versionedName(indices.prefix())).ignoreUnavailable(true));
        }
        schemas.ensureAll();
    }
}
