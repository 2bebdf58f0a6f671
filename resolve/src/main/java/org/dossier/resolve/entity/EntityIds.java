package org.dossier.resolve.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.resolve.group.NameGroup;

/**
 * Gives each cluster of names an entity id that lasts: a cluster keeps the id its names had,
 * and when it holds names of several earlier entities (two merged), the oldest id survives and
 * the others point to it. A cluster of new names gets an id made from its first name's key, so
 * the same input always gets the same ids.
 */
public final class EntityIds {

    private EntityIds() {
    }

    /**
     * @param ids each cluster's entity id, in the clusters' order
     * @param entityOfName each name's entity id
     * @param created the ids made this run
     * @param redirects earlier ids no cluster kept, each with the id that holds most of its names now
     */
    public record Assignment(List<String> ids, Map<String, String> entityOfName, List<String> created,
                             Map<String, String> redirects) {
    }

    public static Assignment assign(List<List<NameGroup>> clusters, Map<String, String> previous,
                                    Map<String, Instant> createdAt) {
        String[] ids = new String[clusters.size()];
        Set<String> claimed = new HashSet<>();
        // Larger clusters choose first: the entity that keeps most of its names keeps its id.
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingInt((Integer c) -> -clusters.get(c).size()).thenComparing(c -> c));
        for (int c : order) {
            clusters.get(c).stream().map(group -> previous.get(group.key())).filter(id -> id != null && !claimed.contains(id))
                    .distinct()
                    .min(Comparator.comparing((String id) -> createdAt.getOrDefault(id, Instant.MAX))
                            .thenComparing(Comparator.naturalOrder()))
                    .ifPresent(id -> {
                        ids[c] = id;
                        claimed.add(id);
                    });
        }
        List<String> created = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            if (ids[c] == null) {
                String id = newId(clusters.get(c));
                while (claimed.contains(id) || createdAt.containsKey(id)) {
                    id = id + "x";
                }
                ids[c] = id;
                claimed.add(id);
                created.add(id);
            }
        }
        Map<String, String> entityOfName = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> whereNamesWent = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (NameGroup group : clusters.get(c)) {
                entityOfName.put(group.key(), ids[c]);
                String before = previous.get(group.key());
                if (before != null && !claimed.contains(before)) {
                    whereNamesWent.computeIfAbsent(before, k -> new HashMap<>()).merge(ids[c], 1, Integer::sum);
                }
            }
        }
        Map<String, String> redirects = new LinkedHashMap<>();
        // Most names win; a tie goes to the smaller id, so the outcome never depends on map order.
        Comparator<Map.Entry<String, Integer>> most = Map.Entry.comparingByValue();
        Comparator<Map.Entry<String, Integer>> smallerId = Map.Entry.comparingByKey(Comparator.reverseOrder());
        whereNamesWent.forEach((before, to) -> redirects.put(before,
                to.entrySet().stream().max(most.thenComparing(smallerId)).orElseThrow().getKey()));
        return new Assignment(List.of(ids), entityOfName, created, redirects);
    }

    /** "E" and 12 hex digits of the SHA-256 of the cluster's first name key. */
    private static String newId(List<NameGroup> cluster) {
        String first = cluster.stream().map(NameGroup::key).min(Comparator.naturalOrder()).orElseThrow();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(first.getBytes(StandardCharsets.UTF_8));
            return "E" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
