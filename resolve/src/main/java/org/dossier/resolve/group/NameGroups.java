package org.dossier.resolve.group;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.commons.text.StringEscapeUtils;

import org.dossier.config.domain.NameKey;
import org.dossier.resolve.io.Binary;
import org.dossier.resolve.link.InDocumentLinker;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.normalize.NormalizedName;

/**
 * Groups mentions by the name they stand for once linked inside their document (see
 * {@link InDocumentLinker}), with counts, documents and co-mentioned names. Documents are
 * {@linkplain #add added} one at a time and only the names are kept, so the corpus need not be
 * in memory; {@link #groups} then gives the names.
 */
public final class NameGroups {

    /** How many words around a name are kept: its most frequent ones. */
    static final int CONTEXT_WORDS = 20;
    private static final Set<String> STOPWORDS = Set.of("that", "with", "from", "this", "have", "were", "which",
            "their", "they", "been", "said", "will", "would", "there", "about", "after", "also", "into", "more",
            "than", "when", "what", "where", "while", "some", "other", "over", "under", "says", "being", "could",
            "should", "them", "these", "those", "then", "only", "such", "most", "many", "very", "just", "year");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+|[\\[\\]]");

    private final Map<String, Map<String, Integer>> forms = new HashMap<>();
    private final Map<String, String> fullForm = new HashMap<>();
    private final Map<String, Integer> mentions = new HashMap<>();
    /** Names and documents by number, for the relations between them: which documents a name is in, which names share one. */
    private final List<String> nameKeys = new ArrayList<>();
    private final Map<String, Integer> nameNumbers = new HashMap<>();
    private final List<String> documentKeys = new ArrayList<>();
    private final Map<String, Integer> documentNumbers = new HashMap<>();
    /** The names of the documents added since this was made or read (see {@link #readFrom}), by number. */
    private final BitSet added = new BitSet();
    /** Which documents each name is in; which names share a document is worked out from it when asked. */
    private final PairList documentsOfName = new PairList();
    /** A name's sentences to show, by where they are (document, then offset): the first few kept. */
    private final Map<String, TreeMap<String, String>> contexts = new HashMap<>();
    private final Map<String, Map<String, Integer>> words = new HashMap<>();
    /**
     * The sentences and words around each name read back ({@link #readFrom}) as they were written,
     * until a document mentions it again: most of a large corpus's names are not, and bytes hold
     * them in a fraction of the maps' memory.
     */
    private final Map<String, Packed> packed = new HashMap<>();
    /** One instance of each context word, however often met. */
    private final Map<String, String> canonical = new HashMap<>();
    /** How many ways of writing a name the normalisation cache holds before it starts again. */
    static final int CACHED = 100_000;
    // The same name is written the same way in many documents: each way is normalised once while
    // the cache lasts. It is a cache only (normalising is a function of the text), so emptying it
    // when full bounds its memory without changing any name.
    private final Map<String, NormalizedName> normalized = new HashMap<>();
    /**
     * Each name's normalised form by its number, once worked out ({@link #normalizeNames}) or read
     * back with the state ({@link #readFrom}), until a document mentions the name again (null): a
     * corpus's millions of names need not be normalised again each night for the few a night adds.
     */
    private final List<NormalizedName> normalizedOf = new ArrayList<>();
    /** One instance of each word of the names' normalised forms: millions of names share far fewer words ("john", "bank"). */
    private final Map<String, String> nameWords = new ConcurrentHashMap<>();
    /** What normalised the names kept, as the state says (see {@link NameNormalizer#version}). */
    private static final String NORMALIZATION = NameNormalizer.version();
    // A short form that documents define as different names ("Commission") stands for none beyond its document.
    private final Map<String, String> defined = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    // The words the corpus writes in lower case, counted once per sentence seen.
    private final Map<String, Integer> lowerCase = new HashMap<>();
    /** The sentences counted, by a 64-bit hash: the corpus's sentences need not stay in memory. */
    private final Set<Long> sentences = new HashSet<>();
    private final Function<MentionView, NormalizedName> names = mention -> {
        if (normalized.size() >= CACHED) {
            normalized.clear();
        }
        return normalized.computeIfAbsent(NameKey.key(mention.type(), mention.text()),
                k -> NameNormalizer.normalize(mention.text(), NameKind.of(mention.type())));
    };
    private long mentionCount;
    /** The keys left out of the last {@link #groups}: words the corpus mostly writes in lower case. */
    private final Set<String> notNames = new HashSet<>();

    /**
     * A name as a reader would write it: HTML entities read ("&amp;amp;"), the line breaks and spaces of the page as one space, a
     * possessive off ("TD Bank’s"), bullets at its start and square brackets off ("TD [Bank").
     */
    static String written(String text) {
        String one = SPACES.matcher(StringEscapeUtils.unescapeHtml4(text)).replaceAll(" ").strip();
        one = POSSESSIVE.matcher(one).replaceAll("");
        return LEADING_MARKS.matcher(one).replaceAll("");
    }

    private static Set<String> topWords(Map<String, Integer> counts, List<String> own) {
        if (counts == null) {
            return Set.of();
        }
        return Set.copyOf(counts.entrySet().stream().filter(e -> !own.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CONTEXT_WORDS).map(Map.Entry::getKey).toList());
    }

    /**
     * @param byDocument the mentions of people and organisations, document by document
     * @param keyOfMention filled with each mention's group key
     * @param definitions filled with the short forms documents define in brackets, with their full names' keys
     */
    public static List<NameGroup> of(Map<String, List<MentionView>> byDocument, Map<String, String> keyOfMention,
                                     Map<String, String> definitions) {
        return of(byDocument, keyOfMention, definitions, Map.of());
    }

    /** As above, each document's date (published, else indexed) giving the names' first and last seen. */
    public static List<NameGroup> of(Map<String, List<MentionView>> byDocument, Map<String, String> keyOfMention,
                                     Map<String, String> definitions, Map<String, Instant> documentDates) {
        NameGroups groups = new NameGroups();
        byDocument.values().forEach(document -> keyOfMention.putAll(groups.add(document)));
        definitions.putAll(groups.definitions());
        return groups.groups(documentDates);
    }

    /** How many mentions the documents added had. */
    public long mentionCount() {
        return mentionCount;
    }

    /**
     * Adds one document's mentions of people and organisations.
     *
     * @return each mention's group key, by mention id (a generic head that stands for no
     *         organisation of its document has none)
     */
    public Map<String, String> add(List<MentionView> mentionsOfDocument) {
        mentionCount += mentionsOfDocument.size();
        InDocumentLinker.Links links = InDocumentLinker.link(mentionsOfDocument, names);
        Map<String, String> keys = links.keys();
        links.definitions().forEach((shortForm, full) -> {
            if (defined.merge(shortForm, full, (a, b) -> a.equals(b) ? a : "").isEmpty()) {
                ambiguous.add(shortForm);
            }
        });
        Set<String> inDocument = new HashSet<>();
        keys.values().forEach(key -> inDocument.add(nameKey(key)));
        for (MentionView mention : mentionsOfDocument) {
            String found = keys.get(mention.id());
            if (found == null) {
                // A generic head ("the Bank") that stands for no organisation of its document.
                continue;
            }
            String key = nameKey(found);
            NormalizedName name = names.apply(mention);
            String own = InDocumentLinker.key(mention.type(), name);
            // A generic head ("the Bank") counts for its organisation but is none of its names.
            if (!InDocumentLinker.isGeneric(mention, name) || own.equals(key)) {
                formsToAdd(key).merge(written(mention.text()), 1, Integer::sum);
            }
            mentions.merge(key, 1, Integer::sum);
            if (mention.sentence() != null) {
                unpack(key);
                if (sentences.add(hash64(mention.sentence()))) {
                    CommonWords.countLowerCase(mention.sentence(), lowerCase);
                }
                keepContext(contexts.computeIfAbsent(key, k -> new TreeMap<>()), mention);
                Map<String, Integer> around = words.computeIfAbsent(key, k -> new HashMap<>());
                for (String word : NameNormalizer.words(mention.sentence())) {
                    if (word.length() > 3 && !STOPWORDS.contains(word) && Character.isLetter(word.charAt(0))) {
                        around.merge(canonical(word), 1, Integer::sum);
                    }
                }
            }
            // The group's name is the longest form that is its own (a short form stands for it).
            if (own.equals(key)) {
                fullForm.merge(key, mention.text(), NameGroups::longer);
            }
        }
        if (!inDocument.isEmpty()) {
            int document = number(documentKeys, documentNumbers, mentionsOfDocument.get(0).documentId());
            int[] named = inDocument.stream().mapToInt(key -> number(nameKeys, nameNumbers, key)).toArray();
            for (int a : named) {
                documentsOfName.add(a, document);
                added.set(a);
                // Its ways of writing may have changed: normalised again when the names are built.
                normalized(a, null);
            }
        }
        return keys;
    }

    /**
     * Each mention's group key, as {@link #add} gives it, without adding the document: for a
     * later pass over the same documents.
     */
    public Map<String, String> keys(List<MentionView> mentionsOfDocument) {
        return InDocumentLinker.link(mentionsOfDocument, names).keys();
    }

    /** The short forms documents define in brackets, with their full names' keys; those defined as different names left out. */
    public Map<String, String> definitions() {
        Map<String, String> definitions = new HashMap<>();
        defined.forEach((shortForm, full) -> {
            if (!ambiguous.contains(shortForm)) {
                definitions.put(shortForm, full);
            }
        });
        return definitions;
    }

    /** The keys of mentions that {@link #groups} found to be no names (common words). */
    public Set<String> notNames() {
        return Set.copyOf(notNames);
    }

    /** The keys of the names of the documents added since this was made or read back. */
    public Set<String> added() {
        Set<String> keys = new HashSet<>();
        added.stream().forEach(number -> keys.add(nameKeys.get(number)));
        return keys;
    }

    /**
     * The number of each name, in the order given: a name keeps its number when more documents
     * are added, also after the names are written and read back ({@link #writeTo}).
     */
    public int[] numbers(List<NameGroup> groups) {
        return groups.stream().mapToInt(group -> nameNumbers.get(group.key())).toArray();
    }

    /** The numbers of the names of the documents added since this was made or read back. */
    public BitSet addedNumbers() {
        return (BitSet) added.clone();
    }

    /** The ids of the documents added that mention a name. */
    public Set<String> documentIds() {
        return new HashSet<>(documentKeys);
    }

    /**
     * The names of the documents added, in key order. Called once, when every document is added:
     * it releases what the names were built from (a corpus's worth of it).
     *
     * @param documentDates each document's date (published, else indexed), giving the names'
     *        first and last seen; may be empty
     */
    public List<NameGroup> groups(Map<String, Instant> documentDates) {
        return groups(documentDates, null);
    }

    /**
     * As {@link #groups(Map)}, with {@code alongside} (null: nothing) run on a thread of its own
     * meanwhile, such as writing these names ({@link #writeTo}): what the names are built from is
     * then let go once both are done, not name by name as they are built. Its failure is thrown
     * once the names are built.
     */
    public List<NameGroup> groups(Map<String, Instant> documentDates, Runnable alongside) {
        // Sorted and normalised now, so that writing the names alongside only reads them.
        documentsOfName.compact();
        normalizeNames();
        Throwable[] failed = new Throwable[1];
        Thread other = alongside == null ? null : new Thread(() -> {
            try {
                alongside.run();
            } catch (Throwable e) {
                failed[0] = e;
            }
        }, "resolve-names-alongside");
        List<NameGroup> built;
        if (other == null) {
            built = build(documentDates, false);
        } else {
            other.start();
            try {
                built = build(documentDates, true);
            } finally {
                joinUninterruptibly(other);
            }
            if (failed[0] instanceof RuntimeException e) {
                throw e;
            } else if (failed[0] instanceof Error e) {
                throw e;
            } else if (failed[0] != null) {
                throw new IllegalStateException(failed[0]);
            }
        }
        lowerCase.clear();
        mentions.clear();
        forms.clear();
        contexts.clear();
        words.clear();
        packed.clear();
        fullForm.clear();
        sentences.clear();
        documentsOfName.clear();
        normalizedOf.clear();
        nameWords.clear();
        return built;
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Normalises each name not normalised yet (every name of a corpus read afresh; those of the
     * documents added since the state was read back), side by side: a transliteration each. A
     * name is normalised from its own form ({@link #writtenAs}).
     */
    public void normalizeNames() {
        int[] missing = IntStream.range(0, nameKeys.size())
                .filter(number -> normalized(number) == null && mentions.containsKey(nameKeys.get(number))).toArray();
        NormalizedName[] names = new NormalizedName[missing.length];
        IntStream.range(0, missing.length).parallel().forEach(k -> {
            String key = nameKeys.get(missing[k]);
            NormalizedName name = NameNormalizer.normalize(writtenAs(key), NameKind.of(NameKey.type(key)));
            names[k] = new NormalizedName(name.original(), name.kind(), sharedWords(name.tokens()), name.legalForms(),
                    name.country());
        });
        for (int k = 0; k < missing.length; k++) {
            normalized(missing[k], names[k]);
        }
    }

    /** The normalised form of the name {@code number}, or null when it is to be worked out. */
    private NormalizedName normalized(int number) {
        return number < normalizedOf.size() ? normalizedOf.get(number) : null;
    }

    private void normalized(int number, NormalizedName name) {
        while (normalizedOf.size() <= number) {
            normalizedOf.add(null);
        }
        normalizedOf.set(number, name);
    }

    /** The form a name is normalised from: its longest full form met, else its longest way of writing. */
    private String writtenAs(String key) {
        return fullForm.getOrDefault(key, forms.get(key).keySet().stream().reduce(NameGroups::longer).orElseThrow());
    }

    private List<String> sharedWords(List<String> words) {
        return words.stream().map(word -> nameWords.computeIfAbsent(word, w -> w)).toList();
    }

    /** The names, taking what each is built from as it goes, or leaving it in place when {@code keep}. */
    private List<NameGroup> build(Map<String, Instant> documentDates, boolean keep) {
        // What only the adding needed goes first; what each name is built from goes as it is built
        // (unless kept for what runs alongside: it then goes once the names are built).
        normalized.clear();
        canonical.clear();
        if (!keep) {
            sentences.clear();
        }
        List<NameGroup> groups = new ArrayList<>(mentions.size());
        // The words kept as bytes, one instance each once read.
        Map<String, String> interned = new HashMap<>();
        int[][] documentsOf = documentsOfName.byFirst(nameKeys.size());
        if (!keep) {
            documentsOfName.clear();
        }
        CoMentions company = new CoMentions(documentsOf, documentKeys.size());
        // Each document's date by its number, looked up once rather than once for each of its names.
        Instant[] dateOf = new Instant[documentKeys.size()];
        for (int d = 0; d < (documentDates.isEmpty() ? 0 : dateOf.length); d++) {
            dateOf[d] = documentDates.get(documentKeys.get(d));
        }
        String[] keys = mentions.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        for (int k = 0; k < keys.length; k++) {
            String key = keys[k];
            if (CommonWords.isCommonWord(key, lowerCase)) {
                // "Rule", "Science", "Earth": one word the corpus mostly writes in lower case is no name.
                notNames.add(key);
                continue;
            }
            int number = nameNumbers.get(key);
            Set<String> documents = new IdSet(documentsOf[number], documentKeys, documentNumbers);
            Instant first = null;
            Instant last = null;
            for (int document : documentsOf[number]) {
                Instant date = dateOf[document];
                if (date != null) {
                    first = first == null || date.isBefore(first) ? date : first;
                    last = last == null || date.isAfter(last) ? date : last;
                }
            }
            NormalizedName name = normalized(number);
            Packed kept = keep ? packed.get(key) : packed.remove(key);
            List<String> sentencesOf;
            Set<String> around;
            if (kept != null) {
                sentencesOf = kept.sentences() == null ? List.of() : new Packed.Sentences(kept.sentences());
                around = topWords(kept.words() == null ? null : Packed.counts(kept.words(), word -> interned.computeIfAbsent(word, w -> w)), name.tokens());
            } else {
                TreeMap<String, String> open = keep ? contexts.get(key) : contexts.remove(key);
                sentencesOf = open == null ? List.of() : List.copyOf(open.values());
                around = topWords(keep ? words.get(key) : words.remove(key), name.tokens());
            }
            // Most names have one or two ways of writing: an immutable map holds them in an array.
            groups.add(new NameGroup(key, name, Map.copyOf(keep ? forms.get(key) : forms.remove(key)),
                    mentions.get(key), documents,
                    new IdSet(company, number, nameKeys, nameNumbers),
                    sentencesOf, around, first, last));
            if (!keep) {
                fullForm.remove(key);
            }
        }
        return groups;
    }

    /**
     * Writes what the names are built from, before {@link #groups}: a later run reads it back
     * ({@link #readFrom}) and adds only its new documents, which gives the names that adding every
     * document again would (what is kept of a name does not depend on the order of its documents).
     */
    public void writeTo(DataOutputStream out) throws IOException {
        out.writeLong(mentionCount);
        Binary.writeString(out, NORMALIZATION);
        Binary.writeStrings(out, nameKeys);
        Binary.writeStrings(out, documentKeys);
        for (String key : nameKeys) {
            Integer count = mentions.get(key);
            out.writeInt(count == null ? -1 : count);
            Binary.writeString(out, fullForm.get(key));
            writeCounts(out, forms.get(key));
            Packed kept = packed.get(key);
            Binary.writeBytes(out, kept != null ? kept.sentences() : Packed.sentences(contexts.get(key)));
            Binary.writeBytes(out, kept != null ? kept.words() : Packed.counts(words.get(key)));
            writeNormalized(out, normalized(nameNumbers.get(key)));
        }
        documentsOfName.writeTo(out);
        out.writeInt(defined.size());
        for (Map.Entry<String, String> definition : defined.entrySet()) {
            Binary.writeString(out, definition.getKey());
            Binary.writeString(out, definition.getValue());
        }
        Binary.writeStrings(out, ambiguous);
        Binary.writeCounts(out, lowerCase);
        out.writeInt(sentences.size());
        for (long sentence : sentences) {
            out.writeLong(sentence);
        }
    }

    /** What {@link #writeTo} wrote, ready for more documents. */
    public static NameGroups readFrom(DataInputStream in) throws IOException {
        NameGroups names = new NameGroups();
        names.mentionCount = in.readLong();
        // Names normalised otherwise than this code would are normalised again.
        boolean sameNormalization = NORMALIZATION.equals(Binary.readString(in));
        for (String key : Binary.readStrings(in)) {
            number(names.nameKeys, names.nameNumbers, key);
        }
        for (String document : Binary.readStrings(in)) {
            number(names.documentKeys, names.documentNumbers, document);
        }
        for (String key : names.nameKeys) {
            int count = in.readInt();
            if (count >= 0) {
                names.mentions.put(key, count);
            }
            String full = Binary.readString(in);
            Map<String, Integer> formsOf = readCounts(in);
            if (formsOf != null) {
                names.forms.put(key, formsOf);
                // The full form is most often one of the ways of writing the name: one instance of it.
                for (String form : formsOf.keySet()) {
                    full = form.equals(full) ? form : full;
                }
            }
            if (full != null) {
                names.fullForm.put(key, full);
            }
            byte[] sentencesOf = Binary.readBytes(in);
            byte[] around = Binary.readBytes(in);
            if (sentencesOf != null || around != null) {
                names.packed.put(key, new Packed(sentencesOf, around));
            }
            names.readNormalized(in, key, sameNormalization);
        }
        names.documentsOfName.readFrom(in);
        int definitions = in.readInt();
        for (int i = 0; i < definitions; i++) {
            names.defined.put(Binary.readString(in), Binary.readString(in));
        }
        names.ambiguous.addAll(Binary.readStrings(in));
        names.lowerCase.putAll(Binary.readCounts(in));
        int sentences = in.readInt();
        for (int i = 0; i < sentences; i++) {
            names.sentences.add(in.readLong());
        }
        return names;
    }

    /** A name's normalised form, if it has one: its words, legal forms and country (its form and kind are the name's). */
    private static void writeNormalized(DataOutputStream out, NormalizedName name) throws IOException {
        out.writeBoolean(name != null);
        if (name != null) {
            Binary.writeStrings(out, name.tokens());
            Binary.writeStrings(out, name.legalForms());
            Binary.writeStrings(out, name.country());
        }
    }

    /** What {@link #writeNormalized} wrote of the name {@code key}, kept when it was normalised as this code does. */
    private void readNormalized(DataInputStream in, String key, boolean keep) throws IOException {
        if (!in.readBoolean()) {
            return;
        }
        List<String> tokens = Binary.readStrings(in);
        List<String> legalForms = Binary.readStrings(in);
        List<String> country = Binary.readStrings(in);
        if (keep && mentions.containsKey(key)) {
            normalized(nameNumbers.get(key), new NormalizedName(writtenAs(key), NameKind.of(NameKey.type(key)), sharedWords(tokens),
                    List.copyOf(legalForms), List.copyOf(country)));
        }
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        if (counts == null) {
            out.writeInt(-1);
            return;
        }
        Binary.writeCounts(out, counts);
    }

    /**
     * Counts as {@link #writeCounts} wrote them, null for none, in an immutable map: most of a
     * large corpus's names are not mentioned again (see {@link #formsToAdd}).
     */
    private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, Integer>[] counts = new Map.Entry[size];
        for (int i = 0; i < size; i++) {
            counts[i] = Map.entry(Binary.readString(in), in.readInt());
        }
        return Map.ofEntries(counts);
    }

    /** The ways of writing a name, as a map that takes more: one read back is copied into one. */
    private Map<String, Integer> formsToAdd(String key) {
        Map<String, Integer> known = forms.get(key);
        if (known instanceof HashMap<String, Integer> open) {
            return open;
        }
        Map<String, Integer> open = known == null ? new HashMap<>() : new HashMap<>(known);
        forms.put(key, open);
        return open;
    }

    /** The sentences and words of a name read back and mentioned again, as maps again to add to. */
    private void unpack(String key) {
        Packed kept = packed.remove(key);
        if (kept != null) {
            if (kept.sentences() != null) {
                contexts.put(key, Packed.sentences(kept.sentences()));
            }
            if (kept.words() != null) {
                words.put(key, Packed.counts(kept.words(), this::canonical));
            }
        }
    }

    /*
     * What is kept of a name does not depend on the order its documents come in, so that names
     * built a night at a time equal names built from the whole corpus at once.
     */

    /** The longer of two forms; of two as long, the first in alphabetical order. */
    private static String longer(String a, String b) {
        return a.length() != b.length() ? (a.length() > b.length() ? a : b) : (a.compareTo(b) <= 0 ? a : b);
    }

    /** Keeps the mention's sentence if it is among the name's first few by document and offset. */
    private static void keepContext(TreeMap<String, String> kept, MentionView mention) {
        String at = mention.documentId() + "\u0000" + String.format("%010d", mention.start());
        String already = null;
        for (Map.Entry<String, String> entry : kept.entrySet()) {
            if (entry.getValue().equals(mention.sentence())) {
                already = entry.getKey();
            }
        }
        if (already != null) {
            if (already.compareTo(at) <= 0) {
                return;
            }
            kept.remove(already);
        }
        kept.put(at, mention.sentence());
        if (kept.size() > NameGroup.CONTEXTS) {
            kept.pollLastEntry();
        }
    }

    /** The number of a name or a document, given it the first time it is met. */
    private static int number(List<String> keys, Map<String, Integer> numbers, String key) {
        Integer known = numbers.putIfAbsent(key, keys.size());
        if (known != null) {
            return known;
        }
        keys.add(key);
        return keys.size() - 1;
    }

    /** The one instance of a name's key, numbered the first time it is met. */
    private String nameKey(String key) {
        return nameKeys.get(number(nameKeys, nameNumbers, key));
    }

    private String canonical(String value) {
        String known = canonical.putIfAbsent(value, value);
        return known == null ? value : known;
    }

    /** A 64-bit hash of a sentence or a key (FNV-1a): two of a corpus sharing one are rare enough to ignore. */
    public static long hash64(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
