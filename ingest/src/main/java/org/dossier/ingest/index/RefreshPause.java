package org.dossier.ingest.index;

import java.io.IOException;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;

/**
 * Turns the indices' refresh off while a step loads them (Elasticsearch then writes bigger
 * segments, less often), and back on when the step ends, however it ends, with a refresh that
 * makes the new documents searchable at once. The step starts with a refresh too, for what a run
 * cut off before its end left unrefreshed.
 */
public class RefreshPause implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RefreshPause.class);
    private static final String DEFAULT_REFRESH = "1s";

    private final ElasticsearchClient client;
    private final List<String> indices;

    public RefreshPause(ElasticsearchClient client, String... indices) {
        this.client = client;
        this.indices = List.of(indices);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        setRefreshInterval("-1");
        // What a run cut off left unrefreshed becomes searchable: the step asks whether an indexed
        // document has its mentions.
        refresh();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        setRefreshInterval(DEFAULT_REFRESH);
        refresh();
        return null;
    }

    private void refresh() {
        try {
            client.indices().refresh(r -> r.index(indices));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not refresh {}; new documents appear within a second anyway", indices, e);
        }
    }

    /** "-1" stops refreshes during a load; {@link #DEFAULT_REFRESH} restores Elasticsearch's default. */
    private void setRefreshInterval(String interval) {
        try {
            client.indices().putSettings(s -> s.index(indices).settings(t -> t.refreshInterval(r -> r.time(interval))));
        } catch (IOException | RuntimeException e) {
            log.warn("Could not set the refresh interval of {} to {}: {}", indices, interval, e.getMessage());
        }
    }
}
