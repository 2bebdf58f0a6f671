package org.dossier.ingest.job;

import java.io.IOException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.jdbc.core.JdbcTemplate;

import org.dossier.config.elastic.DossierIndex;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;

/** Every test of a job starts from empty indices of the current schemas, and sources never seen. */
public final class FreshIndices {

    private FreshIndices() {
    }

    public static void recreate(ElasticsearchClient client, IndexNames indices, IndexSchemas schemas, JdbcTemplate jdbc)
            throws IOException {
        jdbc.update("DELETE FROM source_cursor");
        for (DossierIndex index : DossierIndex.values()) {
            client.indices().delete(d -> d.index(index.versionedName(indices.prefix())).ignoreUnavailable(true));
        }
        schemas.ensureAll();
    }
}
