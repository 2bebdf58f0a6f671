package org.dossier.resolve.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;

class EntityIdsTest {

    @Test
    void theSameClustersGetTheSameIdsRunAfterRun() {
        List<List<NameGroup>> clusters = List.of(List.of(name("Jurgen Stock")), List.of(name("Anna Berg")));

        EntityIds.Assignment first = EntityIds.assign(clusters, Map.of(), Map.of());
        EntityIds.Assignment again = EntityIds.assign(clusters, first.entityOfName(), created(first, "2026-01-01"));
        EntityIds.Assignment fresh = EntityIds.assign(clusters, Map.of(), Map.of());

        assertThat(first.created()).hasSize(2);
        assertThat(again.ids()).isEqualTo(first.ids());
        assertThat(again.created()).isEmpty();
        assertThat(again.redirects()).isEmpty();
        // a store started afresh gives the same ids: they come from the names
        assertThat(fresh.ids()).isEqualTo(first.ids());
    }

    @Test
    void whenTwoEntitiesMergeTheOlderIdSurvivesAndTheOtherPointsToIt() {
        NameGroup stock = name("Jurgen Stock");
        NameGroup stok = name("J. Stock");
        Map<String, String> before = Map.of(stock.key(), "E-old", stok.key(), "E-new");
        Map<String, Instant> created = Map.of("E-old", Instant.parse("2025-01-01T00:00:00Z"),
                "E-new", Instant.parse("2026-01-01T00:00:00Z"));

        EntityIds.Assignment merged = EntityIds.assign(List.of(List.of(stok, stock)), before, created);

        assertThat(merged.ids()).containsExactly("E-old");
        assertThat(merged.redirects()).containsExactly(Map.entry("E-new", "E-old"));
        assertThat(merged.created()).isEmpty();
    }

    @Test
    void whenAnEntitySplitsTheLargerPartKeepsItsId() {
        NameGroup a = name("Anna Berg");
        NameGroup b = name("Ana Berg");
        NameGroup c = name("Anna Borg");
        Map<String, String> before = Map.of(a.key(), "E1", b.key(), "E1", c.key(), "E1");

        EntityIds.Assignment split = EntityIds.assign(List.of(List.of(c), List.of(a, b)), before,
                Map.of("E1", Instant.parse("2025-01-01T00:00:00Z")));

        assertThat(split.ids().get(1)).isEqualTo("E1");
        assertThat(split.ids().get(0)).isNotEqualTo("E1");
        assertThat(split.created()).containsExactly(split.ids().get(0));
    }

    @Test
    void aRunAsksTheStoreOnlyForTheAgesOfCompetingIdsAndWhetherItsNewIdsAreTaken() {
        // given: an entity that keeps its names, two that merge, and a new name whose id an entity
        // merged away long ago already has
        NameGroup kept = name("Anna Berg");
        NameGroup stock = name("Jurgen Stock");
        NameGroup stok = name("J. Stock");
        NameGroup fresh = name("Maria Lopez");
        String taken = EntityIds.assign(List.of(List.of(fresh)), Map.of(), Map.of()).ids().get(0);
        Map<String, String> before = Map.of(kept.key(), "E-kept", stock.key(), "E-old", stok.key(), "E-new");
        Map<String, Instant> store = Map.of("E-kept", Instant.parse("2024-01-01T00:00:00Z"),
                "E-old", Instant.parse("2025-01-01T00:00:00Z"), "E-new", Instant.parse("2026-01-01T00:00:00Z"),
                taken, Instant.parse("2023-01-01T00:00:00Z"));
        Set<String> asked = new java.util.TreeSet<>();

        // when: ids are given with the store asked for what it knows of some ids
        EntityIds.Assignment ids = EntityIds.assign(List.of(List.of(kept), List.of(stok, stock), List.of(fresh)), before,
                wanted -> {
                    asked.addAll(wanted);
                    Map<String, Instant> known = new HashMap<>(store);
                    known.keySet().retainAll(wanted);
                    return known;
                });

        // then: the same ids as with every entity's age at hand, and only the competing and new ids asked for
        assertThat(ids).isEqualTo(EntityIds.assign(List.of(List.of(kept), List.of(stok, stock), List.of(fresh)), before,
                store));
        assertThat(ids.ids()).containsExactly("E-kept", "E-old", taken + "x");
        assertThat(ids.redirects()).containsExactly(Map.entry("E-new", "E-old"));
        assertThat(asked).containsExactlyInAnyOrder("E-old", "E-new", taken, taken + "x");
    }

    private static Map<String, Instant> created(EntityIds.Assignment assignment, String day) {
        Map<String, Instant> created = new HashMap<>();
        assignment.created().forEach(id -> created.put(id, Instant.parse(day + "T00:00:00Z")));
        return created;
    }

    private static NameGroup name(String text) {
        var normalized = NameNormalizer.normalize(text, NameKind.PERSON);
        return new NameGroup("PERSON:" + String.join(" ", normalized.tokens()), normalized, Map.of(text, 1), 1,
                Set.of("d"), Set.of());
    }
}
