package org.dossier.config.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class EntityEntryTest {

    private static final Instant MAY = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

    @Test
    void theNameIsNoAliasAndTheAliasesKeepTheirOrder() {
        EntityRecord entry = new EntityEntry("e1", Mention.PERSON, "Jürgen Stock")
                .spellings(List.of("Stock", "Jürgen Stock", "J. Stock")).build();
        assertThat(entry.name()).isEqualTo("Jürgen Stock");
        assertThat(entry.aliases()).containsExactly("Stock", "J. Stock");
        assertThat(entry.redirectTo()).isNull();
    }

    @Test
    void theDatesSeenWidenAndAMissingDateChangesNothing() {
        EntityRecord entry = new EntityEntry("e1", Mention.PERSON, "Stock")
                .seen(JUNE, JUNE).seen(null, null).seen(MAY, MAY).build();
        assertThat(entry.firstSeen()).isEqualTo(MAY);
        assertThat(entry.lastSeen()).isEqualTo(JUNE);
    }

    @Test
    void theCoMentionedAreCutAtTheCapMostFirst() {
        List<String> others = IntStream.range(0, 15).mapToObj(i -> "e" + i).toList();
        EntityRecord entry = new EntityEntry("x", Mention.ORGANIZATION, "Interpol")
                .coMentioned(others, EntityEntry.CO_MENTIONED).build();
        assertThat(entry.coMentioned()).hasSize(EntityEntry.CO_MENTIONED).startsWith("e0", "e1");
    }
}
