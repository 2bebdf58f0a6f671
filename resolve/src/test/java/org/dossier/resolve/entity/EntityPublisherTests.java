package org.dossier.resolve.entity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import org.dossier.config.domain.EntityRecord;
import org.dossier.config.elastic.IndexNames;
import org.dossier.resolve.FreshIndices;
import org.dossier.config.elastic.IndexSchemas;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.group.NameGroups;
import org.dossier.resolve.mention.MentionView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing entities to the local Elasticsearch, several bulk requests' worth. */
@SpringBootTest
@ActiveProfiles("test")
class EntityPublisherTests {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "do", "ni", "bra"};

    @Autowired ElasticsearchClient client;
    @Autowired IndexNames indices;
    @Autowired IndexSchemas schemas;

    @BeforeEach
    void emptyIndices() throws IOException {
        FreshIndices.make(client, indices, schemas);
    }

    @AfterEach
    void entitiesWritableAgain() throws IOException {
        client.indices().putSettings(p -> p.index(indices.entities()).settings(s -> s.blocks(b -> b.write(false))));
    }

    @Test
    void entitiesOfSeveralRequestsAreWrittenOnceAndOnlyThoseThatChangeAfter() throws IOException {
        // given: 2,500 people, one entity each, more than two bulk requests' worth
        List<NameGroup> names = people(2500, 0);
        List<List<NameGroup>> clusters = names.stream().map(List::of).toList();
        EntityIds.Assignment ids = assignment(clusters, Map.of());
        EntityPublisher publisher = new EntityPublisher(client, indices, Map::of);

        // when: written, then compared again with nothing changed, whole and a night's way
        int first = publisher.publishEntities(clusters, ids, null);
        BitSet every = new BitSet();
        every.set(0, clusters.size());
        int again = publisher.publishEntities(clusters, ids, every);
        int againWhole = publisher.publishEntities(clusters, ids, null);

        // then
        assertThat(first).isEqualTo(2500);
        assertThat(count()).isEqualTo(2500);
        assertThat(again).isZero();
        assertThat(againWhole).isZero();

        // and when the last two entities become one, the survivor and the merged id alone are written
        List<List<NameGroup>> merged = new ArrayList<>(clusters.subList(0, 2498));
        merged.add(List.of(names.get(2498), names.get(2499)));
        EntityIds.Assignment mergedIds = assignment(merged, Map.of(ids.ids().get(2499), ids.ids().get(2498)));
        BitSet touched = new BitSet();
        touched.set(2498);
        touched.set(100);
        int written = publisher.publishEntities(merged, mergedIds, touched);

        assertThat(written).isEqualTo(2);
        EntityRecord survivor = entity(ids.ids().get(2498));
        assertThat(survivor.mentionCount()).isEqualTo(2);
        assertThat(survivor.mergedFrom()).containsExactly(ids.ids().get(2499));
        assertThat(entity(ids.ids().get(2499)).redirectTo()).isEqualTo(ids.ids().get(2498));
    }

    @Test
    void entriesElasticsearchRefusesFailThePublishingSayingWhy() throws IOException {
        // given: 2,500 entities written, then the index refusing writes
        List<List<NameGroup>> clusters = people(2500, 0).stream().map(List::of).toList();
        EntityPublisher publisher = new EntityPublisher(client, indices, Map::of);
        publisher.publishEntities(clusters, assignment(clusters, Map.of()), null);
        client.indices().putSettings(p -> p.index(indices.entities()).settings(s -> s.blocks(b -> b.write(true))));

        // when: every entity has another mention, so all of them are written again
        List<List<NameGroup>> more = people(2500, 1).stream().map(List::of).toList();
        BitSet every = new BitSet();
        every.set(0, more.size());

        // then
        assertThatThrownBy(() -> publisher.publishEntities(more, assignment(more, Map.of()), every))
                .hasMessageContaining("Elasticsearch refused part of the entities' update");
    }

    /** {@code count} people, each mentioned {@code 1 + extra} times, in documents of ten. */
    private static List<NameGroup> people(int count, int extra) {
        NameGroups names = new NameGroups();
        for (int d = 0; d * 10 < count; d++) {
            List<MentionView> mentions = new ArrayList<>();
            for (int p = d * 10; p < Math.min(count, d * 10 + 10); p++) {
                String name = "Ana " + surname(p);
                for (int m = 0; m <= extra; m++) {
                    int start = mentions.size() * 100;
                    String sentence = name + " spoke.";
                    mentions.add(new MentionView("d" + d + ":" + start, "d" + d, "PERSON", name, start,
                            start + name.length(), MentionView.bracketed(sentence, name), sentence));
                }
            }
            names.add(mentions);
        }
        return names.groups(Map.of());
    }

    /** A surname of its own for each number: its digits as syllables. */
    private static String surname(int number) {
        StringBuilder name = new StringBuilder();
        for (char digit : String.format("%04d", number).toCharArray()) {
            name.append(SYLLABLES[digit - '0']);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static EntityIds.Assignment assignment(List<List<NameGroup>> clusters, Map<String, String> redirects) {
        List<String> ids = new ArrayList<>();
        Map<String, String> entityOfName = new HashMap<>();
        for (List<NameGroup> cluster : clusters) {
            String id = "e-" + cluster.get(0).key().replaceAll("\\W", "");
            ids.add(id);
            cluster.forEach(name -> entityOfName.put(name.key(), id));
        }
        return new EntityIds.Assignment(ids, entityOfName, List.of(), redirects);
    }

    private long count() throws IOException {
        client.indices().refresh(r -> r.index(indices.entities()));
        return client.count(c -> c.index(indices.entities())).count();
    }

    private EntityRecord entity(String id) throws IOException {
        return client.get(g -> g.index(indices.entities()).id(id), EntityRecord.class).source();
    }
}
