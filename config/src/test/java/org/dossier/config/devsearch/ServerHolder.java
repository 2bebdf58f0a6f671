package org.dossier.config.devsearch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dossier.config.settings.DossierProperties;

/** A process that starts the local server of a data directory, says where, and waits to be killed. */
public final class ServerHolder {

    private ServerHolder() {
    }

    /** @param args the data directory and the ports the server may take */
    public static void main(String[] args) throws InterruptedException {
        LocalElasticsearch server = LocalElasticsearch.startOrReuse(new DossierProperties(Path.of(args[0]),
                new DossierProperties.Elasticsearch(List.of(), "test",
                        new DossierProperties.Local("256m", args[1], Duration.ofSeconds(120), null)),
                new DossierProperties.Store(null, "sa", ""), null, null));
        System.out.println("up " + server.uri());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
