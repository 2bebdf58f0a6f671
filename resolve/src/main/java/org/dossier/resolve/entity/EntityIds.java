package org.dossier.resolve.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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

    /** As {@link #assign(List, Map, Function)}, with every entity's creation at hand. */
    public static Assignment assign(List<List<NameGroup>> clusters, Map<String, String> previous,
                                    Map<String, Instant> createdAt) {
        return assign(clusters, previous, asked -> createdAt);
    }

    /**
     * @param previous each name's entity id as the last run left it
     * @param createdAt when the entities of these ids were made, for those that exist: asked only for
     *        the ids two or more earlier entities compete for, and for the new ids (which must not be
     *        an existing entity's), so that a run need not read every entity's
     */
    public static Assignment assign(List<List<NameGroup>> clusters, Map<String, String> previous,
                                    Function<Set<String>, Map<String, Instant>> createdAt) {
        String[] ids = new String[clusters.size()];
        Set<String> claimed = new HashSet<>();
        // Each cluster's earlier ids: none (null), one (a String), or several (a String[]), whose ages then decide.
        Object[] earlier = new Object[clusters.size()];
        Set<String> contested = new HashSet<>();
        // Each name's earlier id, looked up once, in the order of the clusters and their names.
        String[] previousOfName = new String[clusters.stream().mapToInt(List::size).sum()];
        int name = 0;
        for (int c = 0; c < clusters.size(); c++) {
            Set<String> found = null;
            String only = null;
            for (NameGroup group : clusters.get(c)) {
                String id = previous.get(group.key());
                previousOfName[name++] = id;
                if (id == null || id.equals(only)) {
                    continue;
                }
                if (only == null && found == null) {
                    only = id;
                } else {
                    if (found == null) {
                        found = new TreeSet<>();
                        found.add(only);
                    }
                    found.add(id);
                }
            }
            if (found != null) {
                earlier[c] = found.toArray(String[]::new);
                contested.addAll(found);
            } else {
                earlier[c] = only;
            }
        }
        Map<String, Instant> ages = contested.isEmpty() ? Map.of() : createdAt.apply(contested);
        Comparator<String> oldest = Comparator.comparing((String id) -> ages.getOrDefault(id, Instant.MAX))
                .thenComparing(Comparator.naturalOrder());
        // Larger clusters choose first: the entity that keeps most of its names keeps its id.
        // Sorted as numbers, the size's complement above the index, which breaks ties.
        long[] order = new long[clusters.size()];
        for (int c = 0; c < order.length; c++) {
            order[c] = ((long) (Integer.MAX_VALUE - clusters.get(c).size()) << 32) | c;
        }
        Arrays.sort(order);
        for (long ordered : order) {
            int c = (int) ordered;
            String chosen = null;
            if (earlier[c] instanceof String id) {
                chosen = claimed.contains(id) ? null : id;
            } else if (earlier[c] instanceof String[] several) {
                for (String id : several) {
                    if (!claimed.contains(id) && (chosen == null || oldest.compare(id, chosen) < 0)) {
                        chosen = id;
                    }
                }
            }
            if (chosen != null) {
                ids[c] = chosen;
                claimed.add(chosen);
            }
        }
        String[] fresh = new String[clusters.size()];
        Set<String> made = new HashSet<>();
        for (int c = 0; c < clusters.size(); c++) {
            if (ids[c] == null) {
                fresh[c] = newId(clusters.get(c));
                made.add(fresh[c]);
            }
        }
        // A new id must be no entity's, not even one merged away long ago.
        Set<String> taken = made.isEmpty() ? Set.of() : new HashSet<>(createdAt.apply(made).keySet());
        List<String> created = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            if (ids[c] == null) {
                String id = fresh[c];
                while (claimed.contains(id) || taken.contains(id)) {
                    id = id + "x";
                    if (createdAt.apply(Set.of(id)).containsKey(id)) {
                        taken.add(id);
                    }
                }
                ids[c] = id;
                claimed.add(id);
                created.add(id);
            }
        }
        Map<String, String> entityOfName = new LinkedHashMap<>(previousOfName.length * 4 / 3 + 1);
        Map<String, Map<String, Integer>> whereNamesWent = new HashMap<>();
        name = 0;
        for (int c = 0; c < clusters.size(); c++) {
            for (NameGroup group : clusters.get(c)) {
                entityOfName.put(group.key(), ids[c]);
                String before = previousOfName[name++];
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
