package org.dossier.ingest.job;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import org.dossier.config.elastic.DossierIndex;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;

/** Every test of a job starts from empty indices of the current schemas. */
final class FreshIndices {

    private FreshIndices() {
    }

    static void recreate(ElasticsearchClient client, IndexNames indices, IndexSchemas schemas) throws IOException {
        for (DossierIndex index : DossierIndex.values()) {
            client.indices().delete(d -> d.index(index.versionedName(indices.prefix())).ignoreUnavailable(true));
        }
        schemas.ensureAll();
    }
}
