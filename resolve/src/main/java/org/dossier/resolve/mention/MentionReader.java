package org.dossier.resolve.mention;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.dossier.config.domain.Mention;
import org.dossier.config.domain.NameKey;
import org.dossier.config.elastic.IndexFields;
import org.dossier.resolve.io.Binary;

/**
 * Reads the mentions of people and organisations a document at a time, so nothing needs the
 * whole corpus in memory: the documents index is walked in id order, and the mentions of each
 * batch of its documents are asked for by their documents' ids. (Paging through the mentions
 * index itself in id order costs Elasticsearch a pass over every mention for each page: hours
 * for tens of millions.) A document's mentions count once its document is indexed, which ingest
 * does only after all of them. Two things only the whole corpus can say are learnt first, by a
 * {@link #survey} that reads a few fields of each mention: the types most documents give a name
 * (see {@link TypeVotes}), and the names some document defines as a concept. Every pass over the
 * documents then applies them the same way.
 */
public final class MentionReader {

    private static final Logger log = LoggerFactory.getLogger(MentionReader.class);
    private static final int PAGE = 5000;
    /** Documents whose mentions are asked for in one request. */
    private static final int BATCH = 100;
    private static final List<FieldValue> TYPES = List.of(FieldValue.of(Mention.PERSON),
            FieldValue.of(Mention.ORGANIZATION), FieldValue.of(Mention.CONCEPT), FieldValue.of(Mention.LOCATION));
    private static final List<String> SURVEYED = List.of(IndexFields.ID, IndexFields.DOCUMENT_ID, IndexFields.TYPE,
            IndexFields.TEXT, IndexFields.NORMALIZED);

    private final ElasticsearchClient client;
    private final String mentions;
    private final String documents;
    private final int page;

    public MentionReader(ElasticsearchClient client, String mentions, String documents) {
        this(client, mentions, documents, PAGE);
    }

    /** @param page how many mentions, and documents, each request reads */
    MentionReader(ElasticsearchClient client, String mentions, String documents, int page) {
        this.client = client;
        this.mentions = mentions;
        this.documents = documents;
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

        /**
         * Whether adding {@code later}'s documents would change how this survey's documents are
         * read: a name of theirs given another type by the vote, or a name of theirs that later
         * documents define as a concept.
         */
        public boolean changedBy(Survey later) {
            if (votes.changedBy(later.votes)) {
                return true;
            }
            for (String concept : later.concepts) {
                if (!concepts.contains(concept) && votes.names().anyMatch(name -> isConcept(name, Set.of(concept)))) {
                    return true;
                }
            }
            return false;
        }

        /** Adds the votes and concepts of {@code later}'s documents. */
        public void add(Survey later) {
            votes.add(later.votes);
            concepts.addAll(later.concepts);
        }

        public void writeTo(DataOutputStream out) throws IOException {
            votes.writeTo(out);
            Binary.writeStrings(out, concepts);
        }

        public static Survey readFrom(DataInputStream in) throws IOException {
            Survey survey = new Survey();
            survey.votes.readFrom(in);
            survey.concepts.addAll(Binary.readStrings(in));
            return survey;
        }
    }

    /**
     * The documents of the index in id order, each with when it was indexed (0 when it does not
     * say): a document indexed again is another version of it. {@code indices} names the documents
     * and mentions indices as created (their uuids): indices made again are other indices.
     */
    public record Listing(String indices, List<String> ids, long[] versions) {
    }

    /** Every document of the index, with its version: one request a page of ids, no text read. */
    public Listing list() {
        try {
            return listed(uuids(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the documents of " + documents + ": " + e.getMessage(), e);
        }
    }

    /**
     * The listing {@link #list} would give now, knowing the one it gave before: when the documents
     * indexed up to the latest version {@code before} lists are as many as then, with the same sum
     * of versions (none gone, none indexed again, none that was indexed then but not yet
     * searchable), only the documents indexed after it are listed, and added to it. Otherwise, or
     * when a document of {@code before} has no version, every document is listed. A night's run
     * on a large corpus thus lists its night, not the corpus. (A document gone and another stamped
     * the same second made searchable late would cancel out: a chance left to ingest and resolve
     * running at the same moment, which the next full listing mends.)
     */
    public Listing list(Listing before) {
        if (before.ids().isEmpty() || Arrays.stream(before.versions()).anyMatch(version -> version <= 0)) {
            return list();
        }
        try {
            String uuids = uuids();
            if (!uuids.equals(before.indices())) {
                log.info("The indices were made again since the last listing: every document is listed");
                return listed(uuids, null);
            }
            String upTo = Long.toString(Arrays.stream(before.versions()).max().orElseThrow());
            var earlier = client.search(s -> s.index(documents).size(0).trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.range(r -> r.date(d -> d.field(IndexFields.INGESTED_AT).lte(upTo).format("epoch_millis"))))
                    .aggregations("versions", a -> a.sum(m -> m.field(IndexFields.INGESTED_AT))), Void.class);
            long count = earlier.hits().total() == null ? -1 : earlier.hits().total().value();
            double sum = earlier.aggregations().get("versions").sum().value();
            if (count != before.ids().size() || !sameSum(sum, before.versions())) {
                log.info("The documents indexed up to the last listing's latest changed since ({} now, {} then):"
                        + " every document is listed", count, before.ids().size());
                return listed(uuids, null);
            }
            Listing later = listed(uuids, upTo);
            Listing now = merged(before, later);
            if (now == null) {
                log.info("A document indexed since the last listing was in it: every document is listed");
                return listed(uuids, null);
            }
            log.info("Listed the {} documents indexed since the last listing; the {} before are as they were",
                    later.ids().size(), before.ids().size());
            return now;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the documents of " + documents + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether Elasticsearch's sum of versions (a double) is the sum of {@code versions}: summed
     * exactly here, as their differences from the least, and compared within the rounding of a
     * double that large.
     */
    static boolean sameSum(double sum, long[] versions) {
        long least = Arrays.stream(versions).min().orElse(0);
        long above = 0;
        for (long version : versions) {
            above += version - least;
        }
        double expected = (double) least * versions.length + above;
        return Math.abs(sum - expected) <= Math.max(1000, 64 * Math.ulp(expected));
    }

    /** {@code before} with the documents indexed since, in id order; null if one of those was in it. */
    static Listing merged(Listing before, Listing later) {
        List<String> ids = new ArrayList<>(before.ids().size() + later.ids().size());
        long[] versions = new long[before.ids().size() + later.ids().size()];
        int a = 0;
        int b = 0;
        while (a < before.ids().size() || b < later.ids().size()) {
            int order = a == before.ids().size() ? 1 : b == later.ids().size() ? -1
                    : before.ids().get(a).compareTo(later.ids().get(b));
            if (order == 0) {
                return null;
            }
            versions[ids.size()] = order < 0 ? before.versions()[a] : later.versions()[b];
            ids.add(order < 0 ? before.ids().get(a++) : later.ids().get(b++));
        }
        return new Listing(later.indices(), ids, versions);
    }

    /**
     * The documents indexed after the version {@code after} (null: all of them), in id order, each
     * with its version, as a listing of the indices {@code indices}.
     */
    private Listing listed(String indices, String after) throws IOException {
        List<String> ids = new ArrayList<>();
        long[] versions = new long[1024];
        String last = null;
        while (true) {
            String from = last;
            List<Hit<Void>> hits = client.search(s -> {
                s.index(documents).size(page).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                        .docvalueFields(f -> f.field(IndexFields.INGESTED_AT).format("epoch_millis"))
                        .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
                if (after != null) {
                    s.query(q -> q.range(r -> r.date(d -> d.field(IndexFields.INGESTED_AT).gt(after).format("epoch_millis"))));
                }
                return from == null ? s : s.searchAfter(FieldValue.of(from));
            }, Void.class).hits().hits();
            for (Hit<Void> hit : hits) {
                if (ids.size() == versions.length) {
                    versions = Arrays.copyOf(versions, versions.length * 2);
                }
                var at = hit.fields().get(IndexFields.INGESTED_AT);
                versions[ids.size()] = at == null ? 0 : epochMillis(at.toJson().asJsonArray().get(0));
                ids.add(hit.id());
            }
            if (hits.size() < page) {
                return new Listing(indices, ids, Arrays.copyOf(versions, ids.size()));
            }
            last = hits.get(hits.size() - 1).id();
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

    /** A date as epoch_millis gives it: a number, or a string of one (with a fraction for finer dates). */
    private static long epochMillis(jakarta.json.JsonValue value) {
        return value instanceof jakarta.json.JsonNumber number ? number.longValue()
                : new java.math.BigDecimal(((jakarta.json.JsonString) value).getString()).longValue();
    }

    /** The uuids of the documents and mentions indices, which making an index again changes. */
    private String uuids() throws IOException {
        List<String> uuids = new ArrayList<>();
        for (String index : List.of(documents, mentions)) {
            client.indices().getSettings(g -> g.index(index)).result().values()
                    .forEach(state -> uuids.add(state.settings().index() != null ? state.settings().index().uuid()
                            : state.settings().uuid()));
        }
        return String.join("/", uuids);
    }

    /** The first pass: every mention's type, text and document, for the votes and the concepts. */
    public Survey survey() {
        return survey(new Indexed("survey of the names' types", null, null, SURVEYED));
    }

    /** The survey of the documents {@code ids} (in id order) alone. */
    public Survey survey(List<String> ids) {
        return survey(new Indexed("survey of the names' types", ids, null, null, SURVEYED));
    }

    private static Survey survey(Indexed documents) {
        Survey survey = new Survey();
        Set<String> voted = new HashSet<>();
        while (documents.hasNext()) {
            voted.clear();
            for (Mention m : documents.next()) {
                if (Mention.CONCEPT.equals(m.type())) {
                    survey.concepts.add(m.normalized());
                } else if (voted.add(m.type() + "\u0000" + NameKey.of(m.text()))) {
                    // Each document votes once for each type it gives a name.
                    survey.votes.count(m.type(), m.text());
                }
            }
        }
        return survey;
    }

    /**
     * Hands {@code each} the documents in id order, one at a time, each with its mentions of
     * people and organisations as the {@code survey} decided them.
     */
    public void forEachDocument(Survey survey, Consumer<Document> each) {
        documents("names", survey, null, null).forEachRemaining(each);
    }

    /**
     * The documents with mentions, in id order, one at a time, after the document {@code after}
     * (null: from the first) up to the document {@code upTo} included (null: to the last), each
     * with its mentions of people and organisations as the {@code survey} decided them.
     * {@link Documents#position()} is where a later call resumes.
     *
     * @param pass what the pass is for, in its progress lines
     */
    public Documents documents(String pass, Survey survey, String after, String upTo) {
        return new Documents(survey, new Indexed(pass, after, upTo, null));
    }

    /** As above, the documents {@code ids} (in id order) alone. */
    public Documents documents(String pass, Survey survey, List<String> ids, String after, String upTo) {
        return new Documents(survey, new Indexed(pass, ids, after, upTo, null));
    }

    /** Documents and their mentions, as {@link #documents} gives them. */
    public static final class Documents implements Iterator<Document> {

        private final Survey survey;
        private final Indexed indexed;

        private Documents(Survey survey, Indexed indexed) {
            this.survey = survey;
            this.indexed = indexed;
        }

        /** The last document returned: resuming after it gives the next one. */
        public String position() {
            return indexed.position;
        }

        @Override
        public boolean hasNext() {
            return indexed.hasNext();
        }

        @Override
        public Document next() {
            List<Mention> read = indexed.next();
            String id = read.get(0).documentId();
            List<MentionView> views = new ArrayList<>();
            Map<String, Mention> records = new HashMap<>();
            for (Mention m : read) {
                if (Mention.CONCEPT.equals(m.type())) {
                    continue;
                }
                // One instance of the document's id for all its mentions: names keep sets of them.
                views.add(new MentionView(m.id(), id, m.type(), m.text(), m.start(), m.end(),
                        MentionView.bracketed(m.sentence(), m.text()), m.sentence(), Mention.GENERIC_HEAD.equals(m.note()),
                        m.note() != null && m.note().startsWith(Mention.DEFINED_ACRONYM)));
                records.put(m.id(), m);
            }
            return new Document(id, survey.apply(views), records);
        }
    }

    /** The indexed mentions of each document that has any, a document at a time, in document id order. */
    private final class Indexed implements Iterator<List<Mention>> {

        private final List<String> fields;
        private final PassProgress progress;
        private final Deque<String> ids = new ArrayDeque<>();
        private final Deque<List<Mention>> ready = new ArrayDeque<>();
        /** The last document id of the pass, included; null for the index's last. */
        private final String upTo;
        private String listedAfter;
        private boolean listed;
        private String position;

        Indexed(String pass, String after, String upTo, List<String> fields) {
            this.fields = fields;
            this.upTo = upTo;
            this.progress = new PassProgress(pass, countAfter(after));
            this.listedAfter = after;
            this.position = after;
        }

        /** The documents {@code only}, sorted by id, after {@code after}, rather than the index's. */
        Indexed(String pass, List<String> only, String after, String upTo, List<String> fields) {
            this.fields = fields;
            this.upTo = upTo;
            only.stream().filter(id -> (after == null || id.compareTo(after) > 0) && (upTo == null || id.compareTo(upTo) <= 0))
                    .forEach(ids::addLast);
            this.progress = new PassProgress(pass, ids.size());
            this.listed = true;
            this.position = after;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && (!ids.isEmpty() || !listed)) {
                if (ids.size() < BATCH && !listed) {
                    listDocuments();
                }
                List<String> batch = new ArrayList<>();
                while (!ids.isEmpty() && batch.size() < BATCH) {
                    batch.add(ids.removeFirst());
                }
                if (!batch.isEmpty()) {
                    readMentions(batch);
                }
            }
            return !ready.isEmpty();
        }

        @Override
        public List<Mention> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<Mention> document = ready.removeFirst();
            position = document.get(0).documentId();
            return document;
        }

        /** The next page of document ids. */
        private void listDocuments() {
            String from = listedAfter;
            try {
                List<Hit<Void>> hits = client.search(s -> {
                    s.index(documents).size(page).source(src -> src.fetch(false)).trackTotalHits(t -> t.enabled(false))
                            .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
                    if (upTo != null) {
                        s.query(q -> q.range(r -> r.term(t -> t.field(IndexFields.ID).lte(upTo))));
                    }
                    return from == null ? s : s.searchAfter(FieldValue.of(from));
                }, Void.class).hits().hits();
                hits.forEach(hit -> ids.addLast(hit.id()));
                listed = hits.size() < page;
                if (!hits.isEmpty()) {
                    listedAfter = hits.get(hits.size() - 1).id();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list the documents of " + documents + ": " + e.getMessage(), e);
            }
        }

        /** The mentions of a batch of documents, each document's together, the documents in the batch's order. */
        private void readMentions(List<String> batch) {
            List<FieldValue> documentIds = batch.stream().map(FieldValue::of).toList();
            Map<String, List<Mention>> byDocument = new HashMap<>();
            String after = null;
            try {
                while (true) {
                    String from = after;
                    List<Mention> read = client.search(s -> {
                        s.index(mentions).size(page).trackTotalHits(t -> t.enabled(false))
                                .query(q -> q.bool(b -> b
                                        .filter(f -> f.terms(t -> t.field(IndexFields.DOCUMENT_ID).terms(v -> v.value(documentIds))))
                                        .filter(f -> f.terms(t -> t.field(IndexFields.TYPE).terms(v -> v.value(TYPES))))))
                                .sort(o -> o.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
                        if (fields != null) {
                            s.source(src -> src.filter(f -> f.includes(fields)));
                        }
                        return from == null ? s : s.searchAfter(FieldValue.of(from));
                    }, Mention.class).hits().hits().stream().map(Hit::source).toList();
                    read.forEach(m -> byDocument.computeIfAbsent(m.documentId(), d -> new ArrayList<>()).add(m));
                    if (read.size() < page) {
                        break;
                    }
                    after = read.get(read.size() - 1).id();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the mentions from " + mentions + ": " + e.getMessage(), e);
            }
            // In the documents' order, which is where a resumed read starts from.
            int read = 0;
            for (String document : batch) {
                List<Mention> found = byDocument.get(document);
                if (found != null) {
                    ready.addLast(found);
                    read += found.size();
                }
            }
            progress.read(batch.size(), read);
        }

        /** How many documents come after {@code after} (all of them when null), up to {@code upTo}: the pass's length. */
        private long countAfter(String after) {
            try {
                return client.count(c -> after == null && upTo == null ? c.index(documents)
                        : c.index(documents).query(q -> q.range(r -> r.term(t -> {
                            t.field(IndexFields.ID);
                            if (after != null) {
                                t.gt(after);
                            }
                            return upTo == null ? t : t.lte(upTo);
                        })))).count();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not count the documents of " + documents + ": " + e.getMessage(), e);
            }
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
