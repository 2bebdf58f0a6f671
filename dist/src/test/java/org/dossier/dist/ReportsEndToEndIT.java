package org.dossier.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports as analysts read them, through the archive's own commands: ingest, resolve, then the
 * API. The reports have a heading, acronyms they define (one an organisation's, one a concept's),
 * "the Bank" for the bank they are about, and a table of amounts by year; the people and
 * organisations that come out are names, their aliases are theirs, and the amounts are the table's.
 */
class ReportsEndToEndIT {

    private static final String ORDER = """
            Harbour Savings Bank Consent Order

            Findings of the Office

            The Harbour Fraud Office (HFO) found that Harbour Savings Bank failed to keep an anti-money \
            laundering (AML) programme. The Bank filed few reports, and the HFO fined Harbour Savings Bank \
            for it. Ingrid Solberg, the director of the HFO, said the bank had ignored its own findings. \
            Solberg added that the AML staff of the Bank had been cut twice.

            Penalties by year

            Year\tPenalty
            2019\t$25 million
            2020\t$40 million
            """;
    private static final String NOTICE = """
            Notice to lenders

            The Harbour Fraud Office warned lenders that Fjord Credit Union had moved funds for clients \
            it did not know. Ingrid Solberg said the Harbour Fraud Office would publish its findings, \
            and that every lender must check its AML controls.
            """;

    @TempDir Path machine;

    @Test
    void theMapOfPeopleAndOrganisationsFromReportsHoldsNamesWithTheirOwnAliasesAndTheTablesAmounts() throws Exception {
        Path home = unpack();
        Path reports = Files.createDirectories(machine.resolve("reports"));
        Files.writeString(reports.resolve("consent-order.txt"), ORDER);
        Files.writeString(reports.resolve("notice.txt"), NOTICE);
        Map<String, String> environment = Map.of("HOME", Files.createDirectories(machine.resolve("home")).toString(),
                "DOSSIER_DATA_DIR", machine.resolve("data").toString(), "JAVA_OPTS", "-Xmx768m",
                "DOSSIER_PORT", "18093");
        String dossier = home.resolve("dossier").toString();
        assertThat(run(List.of(dossier, "ingest", reports.toString()), environment)).contains("status=COMPLETED");
        assertThat(run(List.of(dossier, "resolve"), environment)).contains("status=COMPLETED");

        Process serve = start(List.of(dossier, "serve"), environment);
        try {
            ServedApp app = new ServedApp(18093).waitUntilUp(machine.resolve("data"), machine.resolve("serve.log"));
            List<String> organisations = names(app.get("/api/entities?type=ORGANIZATION&size=50"));
            List<String> people = names(app.get("/api/entities?type=PERSON&size=50"));

            assertThat(organisations).contains("Harbour Fraud Office", "Harbour Savings Bank")
                    .doesNotContain("AML", "Bank", "HFO", "Findings of the Office", "Penalties by year");
            assertThat(people).contains("Ingrid Solberg").doesNotContain("Solberg", "Bank", "AML");
            JsonNode office = entity(app.get("/api/entities?type=ORGANIZATION&size=50"), "Harbour Fraud Office");
            assertThat(strings(office.get("aliases"))).contains("HFO").doesNotContain("AML", "Bank");
            JsonNode bank = entity(app.get("/api/entities?type=ORGANIZATION&size=50"), "Harbour Savings Bank");
            assertThat(strings(bank.get("aliases"))).doesNotContain("AML", "HFO");
            // Named twice in full; "the Bank" counts for the bank the order is about.
            assertThat(bank.get("mentionCount").asInt()).isGreaterThan(2);

            List<Double> amounts = new ArrayList<>();
            app.get("/api/figures?type=money&size=50").get("rows")
                    .forEach(f -> amounts.add(f.get("value").asDouble()));
            assertThat(amounts).contains(25_000_000.0, 40_000_000.0).doesNotContain(25_002_019.0, 40_002_020.0);
        } finally {
            serve.destroy();
            serve.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Path unpack() throws IOException, InterruptedException {
        Path archive = Path.of(System.getProperty("dossier.archive"));
        Process tar = new ProcessBuilder("tar", "xzf", archive.toString(), "-C", machine.toString()).start();
        assertThat(tar.waitFor(2, TimeUnit.MINUTES) && tar.exitValue() == 0).isTrue();
        return machine.resolve(archive.getFileName().toString().replace(".tar.gz", ""));
    }

    private String run(List<String> command, Map<String, String> environment) throws Exception {
        Process process = start(command, environment);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("ends: " + command).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private Process start(List<String> command, Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(machine.toFile());
        builder.environment().remove("DOSSIER_SOURCES_FILE");
        builder.environment().putAll(environment);
        if (command.get(command.size() - 1).equals("serve")) {
            builder.redirectOutput(machine.resolve("serve.log").toFile());
        }
        return builder.start();
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("entities").forEach(e -> names.add(e.get("name").asText()));
        return names;
    }

    private static JsonNode entity(JsonNode page, String name) {
        for (JsonNode e : page.get("entities")) {
            if (e.get("name").asText().equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no entity " + name + " in " + page);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }
}
