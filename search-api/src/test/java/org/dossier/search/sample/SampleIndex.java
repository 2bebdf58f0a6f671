package org.dossier.search.sample;

import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

import org.dossier.config.elastic.IndexNames;
import org.dossier.config.testing.IndexedSample;

/**
 * The sample corpus as the jobs index it (see the README beside the files), loaded into the
 * test's indices and store; a second load into the same ones finds it there.
 */
public final class SampleIndex {

    static final Path FOLDER = Path.of("src/test/resources/sample-index");
    static final List<String> INDICES = IndexedSample.INDICES;
    static final List<String> TABLES = IndexedSample.TABLES;
    private static final IndexedSample SAMPLE = new IndexedSample(FOLDER);

    private SampleIndex() {
    }

    public static void load(ElasticsearchClient client, IndexNames names) {
        SAMPLE.load(client, names);
    }

    public static void loadStore(JdbcTemplate jdbc) {
        SAMPLE.loadStore(jdbc);
    }

    public static List<JsonNode> records(String name) {
        return SAMPLE.records(name);
    }
}
