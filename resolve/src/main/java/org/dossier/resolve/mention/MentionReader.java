package org.dossier.resolve.mention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;

import org.dossier.config.domain.Mention;
import org.dossier.config.domain.NameKey;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexScan;

/**
 * Reads every mention of a person or an organisation from the mentions index, page by page in id
 * order (search_after), with the entity each one carries now; the corpus's evidence applied on
 * the way: the types most documents give a name (see {@link TypeVotes}), and no name that some
 * document defines as a concept.
 */
public final class MentionReader {

    private static final int PAGE = 5000;

    private MentionReader() {
    }

    /**
     * @param byDocument the mentions, document by document, in document order
     * @param entityOfMention each mention's entity id now, where it has one
     */
    public record Mentions(Map<String, List<MentionView>> byDocument, Map<String, String> entityOfMention) {

        /**
         * These mentions without the names some document defines as a concept ("AML"), except
         * where their own document spells them out as an organisation.
         */
        Mentions withoutConcepts(Set<String> concepts) {
            if (concepts.isEmpty()) {
                return this;
            }
            Map<String, List<MentionView>> kept = new LinkedHashMap<>();
            byDocument.forEach((document, mentions) -> kept.put(document, mentions.stream()
                    .filter(m -> m.definedAcronym() || !isConcept(NameKey.of(m.text()), concepts)).toList()));
            return new Mentions(kept, entityOfMention);
        }

        public int count() {
            return byDocument.values().stream().mapToInt(List::size).sum();
        }
    }

    /** A concept's name, or acronyms joined of which one is ("aml/cft"). */
    private static boolean isConcept(String key, Set<String> concepts) {
        if (concepts.contains(key)) {
            return true;
        }
        for (String part : key.split("/")) {
            if (!part.equals(key) && concepts.contains(part.strip())) {
                return true;
            }
        }
        return false;
    }

    public static Mentions read(ElasticsearchClient client, String index) {
        Map<String, List<MentionView>> byDocument = new LinkedHashMap<>();
        Map<String, String> entities = new HashMap<>();
        Set<String> concepts = new HashSet<>();
        TypeVotes votes = new TypeVotes();
        try {
            IndexScan.forEach(client, PAGE, s -> s.index(index)
                    .query(q -> q.terms(t -> t.field(IndexFields.TYPE).terms(v -> v.value(List.of(
                            FieldValue.of(Mention.PERSON), FieldValue.of(Mention.ORGANIZATION),
                            FieldValue.of(Mention.CONCEPT), FieldValue.of(Mention.LOCATION)))))), Mention.class, hit -> {
                Mention m = hit.source();
                if (Mention.CONCEPT.equals(m.type())) {
                    concepts.add(m.normalized());
                    return;
                }
                votes.count(m.type(), m.text(), m.documentId());
                byDocument.computeIfAbsent(m.documentId(), d -> new ArrayList<>())
                        .add(new MentionView(m.id(), m.documentId(), m.type(), m.text(), m.start(), m.end(),
                                MentionView.bracketed(m.sentence(), m.text()), m.sentence(), Mention.GENERIC_HEAD.equals(m.note()),
                                m.note() != null && m.note().startsWith(Mention.DEFINED_ACRONYM)));
                if (m.entityId() != null) {
                    entities.put(m.id(), m.entityId());
                }
            });
            return new Mentions(votes.apply(byDocument), entities).withoutConcepts(concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the mentions from " + index + ": " + e.getMessage(), e);
        }
    }
}
