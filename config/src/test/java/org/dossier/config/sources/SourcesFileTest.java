package org.dossier.config.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {

    @TempDir Path dir;

    @Test
    void readsNamedFoldersAndFeedsWithTheirSchedules() throws IOException {
        SourcesFile.Sources sources = SourcesFile.load(write("""
                sources:
                  - name: wires
                    path: news/wires
                    schedule: "0 2 * * *"
                  - name: wikinews
                    url: https://en.wikinews.org/feed
                    schedule: "@hourly"
                missed: skip
                """));
        assertThat(sources.sources()).extracting(Source::name).containsExactly("wires", "wikinews");
        assertThat(sources.named("wires").location()).isEqualTo(dir.resolve("news/wires").toString());
        assertThat(sources.named("wikinews").location()).isEqualTo("https://en.wikinews.org/feed");
        assertThat(sources.resolveAfterIngest()).isTrue();
        assertThat(sources.missed()).isEqualTo(SourcesFile.Missed.SKIP);
        assertThatThrownBy(() -> sources.named("reuters")).hasMessageContaining("no source named 'reuters'")
                .hasMessageContaining("(its sources: wires, wikinews)");
    }

    @Test
    void aSourceIsDueOnceItsScheduleFiredSinceItLastRanAndOnceForManyMissedNights() throws IOException {
        Source nightly = SourcesFile.load(write("""
                sources:
                  - {name: wires, path: wires, schedule: "0 2 * * *"}
                """)).named("wires");
        Instant ranLastNight = Instant.parse("2026-11-28T02:00:05Z");
        assertThat(nightly.isDue(null, null, ranLastNight, ZoneOffset.UTC)).as("never run").isTrue();
        assertThat(nightly.isDue(ranLastNight, null, Instant.parse("2026-11-28T23:59:00Z"), ZoneOffset.UTC)).isFalse();
        assertThat(nightly.isDue(ranLastNight, null, Instant.parse("2026-11-29T02:00:00Z"), ZoneOffset.UTC)).isTrue();
        assertThat(nightly.isDue(ranLastNight, null, Instant.parse("2026-12-05T12:00:00Z"), ZoneOffset.UTC))
                .as("a week down: due, and one run catches up").isTrue();
        Instant startedAt = Instant.parse("2026-11-30T12:00:00Z");
        assertThat(nightly.isDue(ranLastNight, startedAt, Instant.parse("2026-11-30T12:00:01Z"), ZoneOffset.UTC))
                .as("nights missed before notBefore do not count").isFalse();
        assertThat(nightly.isDue(null, startedAt, Instant.parse("2026-12-01T02:00:00Z"), ZoneOffset.UTC))
                .as("never run, counted from notBefore").isTrue();
        assertThat(nightly.isDue(Instant.parse("2026-12-01T02:00:05Z"), startedAt, Instant.parse("2026-12-01T12:00:00Z"),
                ZoneOffset.UTC)).as("a run after notBefore counts").isFalse();
        assertThat(nightly.next(ranLastNight, ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-11-29T02:00:00Z"));
    }

    @Test
    void mistakesNameTheFileTheSourceAndWhatIsWrong() throws IOException {
        assertThatThrownBy(() -> SourcesFile.load(dir.resolve("missing.yml")))
                .hasMessage("sources file not found: " + dir.resolve("missing.yml"));
        assertThatThrownBy(() -> SourcesFile.load(write("sources:\n  - {name: a, path: a, schedule: \"0 2 * *\"}\n")))
                .hasMessageContaining("source 1 (a): schedule '0 2 * *' must have five fields");
        assertThatThrownBy(() -> SourcesFile.load(write("sources:\n  - {name: a, path: a, schedule: \"0 25 * * *\"}\n")))
                .hasMessageContaining("source 1 (a): schedule '0 25 * * *' is not a cron schedule");
        assertThatThrownBy(() -> SourcesFile.load(write("sources:\n  - {name: a, schedule: \"@daily\"}\n")))
                .hasMessageContaining("source 1 (a): give either path (a folder or a URL list) or url (a feed)");
        assertThatThrownBy(() -> SourcesFile.load(write("""
                sources:
                  - {name: a, path: a, schedule: "@daily"}
                  - {name: a, path: b, schedule: "@daily"}
                """))).hasMessageContaining("source 2 (a): the name is taken by an earlier source");
        assertThatThrownBy(() -> SourcesFile.load(write("sources:\n  - {name: a, path: a, schedule: \"@daily\"}\n"
                + "missed: sometimes\n"))).hasMessageContaining("missed must be run-once or skip, was 'sometimes'");
        assertThatThrownBy(() -> SourcesFile.load(write("sources: [unclosed\n"))).hasMessageContaining("is not readable YAML");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("sources.yml"), yaml);
    }
}
