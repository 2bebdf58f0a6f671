package org.dossier.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.DocumentRecord;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.config.store.SkipEntry;
import org.dossier.config.store.SkipLedger;

/** Ingest from a URL list with feeds, against a web server the test runs on this machine. */
@SpringBootTest(properties = {"dossier.fetch.read-timeout=1s", "dossier.fetch.attempts=2",
        "dossier.fetch.per-host-delay=0s"})
@ActiveProfiles("test")
class UrlSourceFunctionalTests {

    @Autowired IngestLauncher launcher;
    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;
    @Autowired JdbcTemplate jdbc;
    @Autowired SkipLedger skipLedger;

    private HttpServer server;
    private String site;
    private final AtomicInteger fullAnswersForC = new AtomicInteger();

    @BeforeEach
    void startSite() throws IOException {
        FreshIndices.recreate(client, indices, schemas, jdbc);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        site = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed.xml", e -> answer(e, 200, "application/rss+xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Coastal Ledger</title><link>%1$s/</link><description>News</description>
                <item><title>Port fines freight line</title><link>%1$s/a.html</link><guid isPermaLink="false">story-a</guid></item>
                <item><title>Storm closes ferry routes</title><link>%1$s/b.html</link><guid isPermaLink="false">story-b</guid></item>
                </channel></rss>""".formatted(site)));
        server.createContext("/broken-feed.xml", e -> answer(e, 200, "text/html", "<html>this is no feed"));
        server.createContext("/a.html", e -> answer(e, 200, "text/html; charset=utf-8", page("wire-story.txt")));
        server.createContext("/b.html", e -> answer(e, 200, "text/html; charset=utf-8", page("other-story.txt")));
        server.createContext("/c.html", e -> {
            if ("\"c1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                e.sendResponseHeaders(304, -1);
                e.close();
                return;
            }
            fullAnswersForC.incrementAndGet();
            e.getResponseHeaders().add("ETag", "\"c1\"");
            answer(e, 200, "text/html; charset=utf-8", "<html><head><title>Customs hires inspectors</title></head>"
                    + "<body><article><p>The customs agency said on Monday that it would hire two hundred new "
                    + "inspectors for the northern ports, after a year in which seizures of smuggled timber doubled."
                    + "</p></article></body></html>");
        });
        server.createContext("/slow.html", e -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            answer(e, 200, "text/html", "<html><body><p>Too late.</p></body></html>");
        });
        server.createContext("/missing.html", e -> answer(e, 404, "text/html", "<html>not here</html>"));
        server.start();
    }

    @AfterEach
    void stopSite() {
        server.stop(0);
    }

    @Test
    void aUrlListWithFeedsIsFetchedAndTheNextRunTakesOnlyWhatIsNewOrChanged(@TempDir Path folder) throws Exception {
        // given: a list with a feed of two stories, a feed that is no feed, a page with an ETag,
        // a page that answers too late, a page that is gone, and a line that is no address
        Path list = Files.writeString(folder.resolve("nightly.txt"), String.join("\n",
                "# the night's sources", "feed " + site + "/feed.xml", "feed " + site + "/broken-feed.xml",
                site + "/c.html", site + "/slow.html", site + "/missing.html", "not an address", ""));

        // when
        JobExecution first = launcher.run(list);
        JobExecution second = launcher.run(list);

        // then: the three good pages are documents, known by their addresses
        IngestSummary summary = IngestSummary.of(first);
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.indexed()).isEqualTo(3);
        client.indices().refresh(r -> r.index(indices.documents()));
        assertThat(client.search(s -> s.index(indices.documents()).size(10), DocumentRecord.class).hits().hits())
                .extracting(hit -> hit.source().source())
                .containsExactlyInAnyOrder(site + "/a.html", site + "/b.html", site + "/c.html");
        // and each bad one is in the ledger with its reason
        assertThat(skipLedger.forRun(first.getId()))
                .extracting(SkipEntry::item, SkipEntry::stage, entry -> entry.reason().split(": ")[0])
                .containsExactlyInAnyOrder(
                        tuple(site + "/broken-feed.xml", "feed", "not an RSS or Atom feed"),
                        tuple("line 7", "feed", "line 7 is not a URL (http or https)"),
                        tuple(site + "/slow.html", "fetch", "could not fetch " + site + "/slow.html"),
                        tuple(site + "/missing.html", "fetch", "could not fetch " + site + "/missing.html"));
        // and a line that is no address is named by its number, never echoed: the file could hold anything
        assertThat(skipLedger.forRun(first.getId())).noneSatisfy(entry -> assertThat(entry.item() + entry.reason())
                .contains("not an address"));
        assertThat(skipLedger.forRun(first.getId())).filteredOn(e -> e.item().endsWith("slow.html")).singleElement()
                .extracting(SkipEntry::reason).asString().endsWith(": timed out after 1 s (2 tries)");
        assertThat(skipLedger.forRun(first.getId())).filteredOn(e -> e.item().endsWith("missing.html")).singleElement()
                .extracting(SkipEntry::reason).asString().endsWith(": HTTP 404");

        // and the next night, the feed's stories are not taken again and the page with an ETag
        // is asked for only if it changed: it did not
        IngestSummary next = IngestSummary.of(second);
        assertThat(next.indexed()).isZero();
        assertThat(next.unchanged()).isEqualTo(3);
        assertThat(fullAnswersForC.get()).isEqualTo(1);
        assertThat(documentCount()).isEqualTo(3);
    }

    private long documentCount() throws IOException {
        client.indices().refresh(r -> r.index(indices.documents()));
        return client.count(c -> c.index(indices.documents())).count();
    }

    private static String page(String story) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/near-duplicates").resolve(story));
        String[] parts = text.split("\n\n", 2);
        return "<html><head><title>" + parts[0] + "</title></head><body><nav><a href='/'>Home</a></nav><article><p>"
                + parts[1].replace("\n\n", "</p><p>") + "</p></article></body></html>";
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
