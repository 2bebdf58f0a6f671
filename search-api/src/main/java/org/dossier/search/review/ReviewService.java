package org.dossier.search.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.stereotype.Service;

import org.dossier.config.domain.EntityRecord;
import org.dossier.config.domain.Judgement;
import org.dossier.config.domain.JudgementEntry;
import org.dossier.config.domain.Mention;
import org.dossier.config.domain.ReviewCandidate;
import org.dossier.config.domain.Verdict;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexNames;
import org.dossier.config.store.EntityRegistry;
import org.dossier.config.store.JudgementStore;
import org.dossier.config.store.ReviewQueue;
import org.dossier.search.index.EntityLookup;
import org.dossier.search.query.BadSearchRequestException;
import org.dossier.search.query.DocumentHit;
import org.dossier.search.query.DocumentQuery;
import org.dossier.search.query.DocumentSearch;
import org.dossier.search.system.NotFoundException;

/**
 * The analysts' side: the queue of merge candidates the last resolve run was unsure of, the
 * evidence for one, and decisions. A decision is a judgement kept forever; a "same" also merges
 * the two entities in the indices at once, and its undo puts them back.
 */
@Service
public class ReviewService {

    private static final int QUEUE_LIMIT = 10_000;
    private static final int CONTEXTS = 3;
    private static final int DOCUMENTS = 5;
    private static final int CO_MENTIONED = 8;

    private final ReviewQueue queue;
    private final JudgementStore judgements;
    private final EntityRegistry registry;
    private final EntityLookup lookup;
    private final IndexMerge merges;
    private final DocumentSearch documents;
    private final ElasticsearchClient client;
    private final IndexNames indices;

    public ReviewService(ReviewQueue queue, JudgementStore judgements, EntityRegistry registry, EntityLookup lookup,
                         IndexMerge merges, DocumentSearch documents, ElasticsearchClient client, IndexNames indices) {
        this.queue = queue;
        this.judgements = judgements;
        this.registry = registry;
        this.lookup = lookup;
        this.merges = merges;
        this.documents = documents;
        this.client = client;
        this.indices = indices;
    }

    /** The candidates no one has decided yet, the most valuable decision first. */
    public List<ReviewCandidateView> queue() {
        Set<String> decided = new HashSet<>();
        judgements.standing().forEach(j -> decided.add(j.pair()));
        return queue.first(QUEUE_LIMIT).stream()
                .filter(c -> !decided.contains(Judgement.pair(c.keyA(), c.keyB())))
                .map(ReviewCandidateView::of)
                .sorted(Comparator.comparingDouble(ReviewCandidateView::value).reversed()
                        .thenComparing(ReviewCandidateView::keyA).thenComparing(ReviewCandidateView::keyB))
                .toList();
    }

    /** One side of a candidate: the entity a name belongs to now, and what shows who it is. */
    public record Side(String key, EntityRecord entity, List<Context> contexts, List<DocumentHit> documents,
                       List<EntityRecord> coMentioned) {
    }

    /** A sentence with the name in it, cut around the name so that a page can mark it. */
    public record Context(String before, String name, String after) {
    }

    public record Evidence(ReviewCandidateView candidate, Side a, Side b, Verdict standing) {
    }

    public Evidence evidence(String keyA, String keyB) {
        ReviewCandidate found = queue.find(keyA, keyB);
        if (found == null) {
            throw new NotFoundException("no merge candidate " + keyA + " / " + keyB);
        }
        ReviewCandidateView candidate = ReviewCandidateView.of(found);
        Verdict standing = judgements.standing().stream()
                .filter(j -> j.pair().equals(Judgement.pair(keyA, keyB))).map(Judgement::verdict).findFirst()
                .orElse(null);
        return new Evidence(candidate, side(candidate.keyA()), side(candidate.keyB()), standing);
    }

    private Side side(String key) {
        String id = registry.entityOf(key);
        EntityRecord entity = id == null ? null : lookup.current(id);
        if (entity == null) {
            return new Side(key, null, List.of(), List.of(), List.of());
        }
        List<DocumentHit> docs = documents.search(DocumentQuery.of("", DOCUMENTS)
                .withEntities(List.of(entity.id()))).hits();
        Map<String, EntityRecord> co = lookup.byId(entity.coMentioned().stream().limit(CO_MENTIONED).toList());
        return new Side(key, entity, contexts(entity.id()), docs, List.copyOf(co.values()));
    }

    private List<Context> contexts(String entityId) {
        try {
            return client.search(s -> s.index(indices.mentions()).size(CONTEXTS * 4)
                            .query(q -> q.term(t -> t.field(IndexFields.ENTITY_ID).value(entityId))), Mention.class)
                    .hits().hits().stream().map(h -> h.source())
                    .filter(m -> m.sentence() != null && m.sentence().contains(m.text()))
                    .map(m -> {
                        int at = m.sentence().indexOf(m.text());
                        return new Context(m.sentence().substring(0, at), m.text(),
                                m.sentence().substring(at + m.text().length()));
                    })
                    .distinct().limit(CONTEXTS).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not answer the mentions of " + entityId, e);
        }
    }

    /** What a decision did. @param merged the entity merged into the other at once, or null */
    public record Decision(JudgementEntry judgement, String survivor, String merged) {
    }

    public Decision decide(String keyA, String keyB, Verdict verdict, String note, String by) {
        if (keyA == null || keyB == null || keyA.isBlank() || keyB.isBlank() || keyA.equals(keyB)) {
            throw new BadSearchRequestException("a decision needs two different names, a and b");
        }
        if (verdict == null) {
            throw new BadSearchRequestException("verdict must be SAME, NOT_SAME or UNSURE");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 4000) {
            throw new BadSearchRequestException("note is " + cleanNote.length() + " characters long; the limit is 4000");
        }
        JudgementEntry made = judgements.entry(judgements.decide(new Judgement(keyA, keyB, verdict), by, cleanNote,
                Instant.now()));
        if (verdict != Verdict.SAME) {
            return new Decision(made, null, null);
        }
        String a = current(registry.entityOf(keyA));
        String b = current(registry.entityOf(keyB));
        if (a == null || b == null || a.equals(b)) {
            return new Decision(made, null, null);
        }
        // The older entity survives, as in the resolve job, so that the next run agrees.
        Instant madeA = registry.createdAt(a);
        Instant madeB = registry.createdAt(b);
        boolean aSurvives = madeA == null || madeB == null ? a.compareTo(b) < 0
                : madeA.isBefore(madeB) || (madeA.equals(madeB) && a.compareTo(b) < 0);
        String survivor = aSurvives ? a : b;
        String merged = aSurvives ? b : a;
        merges.merge(made.id(), keyA, keyB, survivor, merged);
        return new Decision(made, survivor, merged);
    }

    /** Takes back {@code by}'s latest decision that still stands, and what it merged. Null when there is none. */
    public JudgementEntry undoLast(String by) {
        JudgementEntry last = judgements.lastStandingBy(by);
        if (last == null) {
            return null;
        }
        judgements.retract(last.keyA(), last.keyB(), by, Instant.now());
        merges.undo(last.id());
        return last;
    }

    public List<JudgementEntry> history(String by, Instant from, Instant to) {
        return judgements.history(by, from, to, 500);
    }

    private String current(String id) {
        if (id == null) {
            return null;
        }
        EntityRecord entity = lookup.current(id);
        return entity == null ? id : entity.id();
    }
}
