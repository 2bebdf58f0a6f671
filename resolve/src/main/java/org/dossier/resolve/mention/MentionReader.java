package org.dossier.resolve.mention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.dossier.config.domain.Mention;
import org.dossier.config.domain.NameKey;
import org.dossier.config.elastic.IndexFields;
import org.dossier.config.elastic.IndexScan;

/**
 * Reads the mentions of people and organisations from the mentions index, a document at a time:
 * mention ids begin with their document's id, so a scan in id order meets each document's
 * mentions together and nothing needs the whole corpus in memory. Two things only the whole
 * corpus can say are learnt first, by a {@link #survey} that reads a few fields of each mention:
 * the types most documents give a name (see {@link TypeVotes}), and the names some document
 * defines as a concept. Every pass over the documents then applies them the same way.
 */
public final class MentionReader {

    private static final int PAGE = 5000;
    private static final List<FieldValue> TYPES = List.of(FieldValue.of(Mention.PERSON),
            FieldValue.of(Mention.ORGANIZATION), FieldValue.of(Mention.CONCEPT), FieldValue.of(Mention.LOCATION));
    private static final List<String> SURVEYED = List.of(IndexFields.ID, IndexFields.DOCUMENT_ID, IndexFields.TYPE,
            IndexFields.TEXT, IndexFields.NORMALIZED);

    private final ElasticsearchClient client;
    private final String index;
    private final int page;

    public MentionReader(ElasticsearchClient client, String index) {
        this(client, index, PAGE);
    }

    /** @param page how many mentions each request reads */
    MentionReader(ElasticsearchClient client, String index, int page) {
        this.client = client;
        this.index = index;
        this.page = page;
    }

    /** What the corpus as a whole says of its names: their types by vote, and the concepts. */
    public static final class Survey {

        private final TypeVotes votes = new TypeVotes();
        private final Set<String> concepts = new HashSet<>();

        /** A document's mentions of people and organisations, retyped by the vote, without the concepts. */
        List<MentionView> apply(List<MentionView> document) {
            return withoutConcepts(votes.apply(document), concepts);
        }
    }

    /**
     * One document's mentions of people and organisations, and each one's record as indexed (with
     * the entity it carries now), by mention id.
     */
    public record Document(String id, List<MentionView> mentions, Map<String, Mention> records) {

        /** The entity a mention carries now, or null. */
        public String entityOf(String mentionId) {
            Mention record = records.get(mentionId);
            return record == null ? null : record.entityId();
        }
    }

    /** The first pass: every mention's type, text and document, for the votes and the concepts. */
    public Survey survey() {
        Survey survey = new Survey();
        String[] current = {null};
        Set<String> voted = new HashSet<>();
        scan(s -> s.source(src -> src.filter(f -> f.includes(SURVEYED))), m -> {
            if (Mention.CONCEPT.equals(m.type())) {
                survey.concepts.add(m.normalized());
                return;
            }
            if (!m.documentId().equals(current[0])) {
                current[0] = m.documentId();
                voted.clear();
            }
            // Each document votes once for each type it gives a name.
            if (voted.add(m.type() + "\u0000" + NameKey.of(m.text()))) {
                survey.votes.count(m.type(), m.text());
            }
        });
        return survey;
    }

    /**
     * Hands {@code each} the documents in id order, one at a time, each with its mentions of
     * people and organisations as the {@code survey} decided them.
     */
    public void forEachDocument(Survey survey, Consumer<Document> each) {
        Documents documents = documents(survey, null);
        while (documents.hasNext()) {
            each.accept(documents.next());
        }
    }

    /**
     * The documents in id order, one at a time, after the mention {@code after} (null: from the
     * first), each with its mentions of people and organisations as the {@code survey} decided
     * them. {@link Documents#position()} is where a later call resumes.
     */
    public Documents documents(Survey survey, String after) {
        return new Documents(survey, after);
    }

    /** Documents read a page of mentions at a time; a page may end in the middle of a document. */
    public final class Documents implements Iterator<Document> {

        private final Survey survey;
        private final Deque<Mention> read = new ArrayDeque<>();
        private String after;
        private String position;
        private boolean exhausted;

        private Documents(Survey survey, String after) {
            this.survey = survey;
            this.after = after;
            this.position = after;
        }

        /** The last mention of the last document returned: resuming after it gives the next document. */
        public String position() {
            return position;
        }

        @Override
        public boolean hasNext() {
            fill();
            return !read.isEmpty();
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String id = read.peekFirst().documentId();
            // The whole document: its last mention may be on a page still to come.
            while (!exhausted && read.peekLast().documentId().equals(id)) {
                readPage();
            }
            List<MentionView> mentions = new ArrayList<>();
            Map<String, Mention> records = new HashMap<>();
            while (!read.isEmpty() && read.peekFirst().documentId().equals(id)) {
                Mention m = read.removeFirst();
                position = m.id();
                if (Mention.CONCEPT.equals(m.type())) {
                    continue;
                }
                // One instance of the document's id for all its mentions: names keep sets of them.
                mentions.add(new MentionView(m.id(), id, m.type(), m.text(), m.start(), m.end(),
                        MentionView.bracketed(m.sentence(), m.text()), m.sentence(), Mention.GENERIC_HEAD.equals(m.note()),
                        m.note() != null && m.note().startsWith(Mention.DEFINED_ACRONYM)));
                records.put(m.id(), m);
            }
            return new Document(id, survey.apply(mentions), records);
        }

        private void fill() {
            if (read.isEmpty() && !exhausted) {
                readPage();
            }
        }

        private void readPage() {
            String from = after;
            try {
                List<Mention> mentions = client.search(s -> {
                    s.index(index).size(page).query(q -> q.terms(t -> t.field(IndexFields.TYPE).terms(v -> v.value(TYPES))))
                            .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
                    return from == null ? s : s.searchAfter(FieldValue.of(from));
                }, Mention.class).hits().hits().stream().map(Hit::source).toList();
                read.addAll(mentions);
                exhausted = mentions.size() < page;
                if (!mentions.isEmpty()) {
                    after = mentions.get(mentions.size() - 1).id();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the mentions from " + index + ": " + e.getMessage(), e);
            }
        }
    }

    private void scan(UnaryOperator<SearchRequest.Builder> source,
                      Consumer<Mention> each) {
        try {
            IndexScan.forEach(client, page, s -> source.apply(s.index(index)
                    .query(q -> q.terms(t -> t.field(IndexFields.TYPE).terms(v -> v.value(TYPES))))),
                    Mention.class, hit -> each.accept(hit.source()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the mentions from " + index + ": " + e.getMessage(), e);
        }
    }

    /**
     * A document's mentions without the names some document defines as a concept ("AML"), except
     * where their own document spells them out as an organisation.
     */
    static List<MentionView> withoutConcepts(List<MentionView> mentions, Set<String> concepts) {
        if (concepts.isEmpty()) {
            return mentions;
        }
        return mentions.stream().filter(m -> m.definedAcronym() || !isConcept(NameKey.of(m.text()), concepts)).toList();
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
}
