package org.dossier.resolve.group;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.apache.commons.text.StringEscapeUtils;

import org.dossier.config.domain.NameKey;
import org.dossier.resolve.link.InDocumentLinker;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.normalize.NormalizedName;

/**
 * Groups mentions by the name they stand for once linked inside their document (see
 * {@link InDocumentLinker}), with counts, documents and co-mentioned names.
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

    private NameGroups() {
    }

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
        Map<String, Map<String, Integer>> forms = new HashMap<>();
        Map<String, String> fullForm = new HashMap<>();
        Map<String, Integer> mentions = new HashMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        Map<String, Set<String>> coMentioned = new HashMap<>();
        Map<String, List<String>> contexts = new HashMap<>();
        Map<String, Map<String, Integer>> words = new HashMap<>();
        // The same name is written the same way in many documents: each way is normalised once.
        Map<String, NormalizedName> normalized = new HashMap<>();
        // A short form that documents define as different names ("Commission") stands for none beyond its document.
        Map<String, String> defined = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        // The words the corpus writes in lower case, counted once per sentence seen.
        Map<String, Integer> lowerCase = new HashMap<>();
        Set<String> sentences = new HashSet<>();
        Function<MentionView, NormalizedName> names = mention -> normalized.computeIfAbsent(
                NameKey.key(mention.type(), mention.text()),
                k -> NameNormalizer.normalize(mention.text(), NameKind.of(mention.type())));
        for (List<MentionView> mentionsOfDocument : byDocument.values()) {
            InDocumentLinker.Links links = InDocumentLinker.link(mentionsOfDocument, names);
            Map<String, String> keys = links.keys();
            keyOfMention.putAll(keys);
            links.definitions().forEach((shortForm, full) -> {
                if (defined.merge(shortForm, full, (a, b) -> a.equals(b) ? a : "").isEmpty()) {
                    ambiguous.add(shortForm);
                }
            });
            Set<String> inDocument = new HashSet<>(keys.values());
            for (MentionView mention : mentionsOfDocument) {
                String key = keys.get(mention.id());
                if (key == null) {
                    // A generic head ("the Bank") that stands for no organisation of its document.
                    continue;
                }
                NormalizedName name = names.apply(mention);
                String own = InDocumentLinker.key(mention.type(), name);
                // A generic head ("the Bank") counts for its organisation but is none of its names.
                if (!InDocumentLinker.isGeneric(mention, name) || own.equals(key)) {
                    forms.computeIfAbsent(key, k -> new HashMap<>()).merge(written(mention.text()), 1, Integer::sum);
                }
                mentions.merge(key, 1, Integer::sum);
                documents.computeIfAbsent(key, k -> new HashSet<>()).add(mention.documentId());
                if (mention.sentence() != null) {
                    if (sentences.add(mention.sentence())) {
                        CommonWords.countLowerCase(mention.sentence(), lowerCase);
                    }
                    List<String> seen = contexts.computeIfAbsent(key, k -> new ArrayList<>(NameGroup.CONTEXTS));
                    if (seen.size() < NameGroup.CONTEXTS && !seen.contains(mention.sentence())) {
                        seen.add(mention.sentence());
                    }
                    Map<String, Integer> around = words.computeIfAbsent(key, k -> new HashMap<>());
                    for (String word : NameNormalizer.words(mention.sentence())) {
                        if (word.length() > 3 && !STOPWORDS.contains(word) && Character.isLetter(word.charAt(0))) {
                            around.merge(word, 1, Integer::sum);
                        }
                    }
                }
                // The group's name is the longest form that is its own (a short form stands for it).
                if (own.equals(key)) {
                    fullForm.merge(key, mention.text(), (a, b) -> a.length() >= b.length() ? a : b);
                }
            }
            for (String key : inDocument) {
                Set<String> others = coMentioned.computeIfAbsent(key, k -> new HashSet<>());
                for (String other : inDocument) {
                    if (!other.equals(key)) {
                        others.add(other);
                    }
                }
            }
        }
        defined.forEach((shortForm, full) -> {
            if (!ambiguous.contains(shortForm)) {
                definitions.put(shortForm, full);
            }
        });
        List<NameGroup> groups = new ArrayList<>(mentions.size());
        for (String key : new TreeMap<>(mentions).keySet()) {
            if (CommonWords.isCommonWord(key, lowerCase)) {
                // "Rule", "Science", "Earth": one word the corpus mostly writes in lower case is no name.
                continue;
            }
            Instant first = null;
            Instant last = null;
            for (String document : documentDates.isEmpty() ? Set.<String>of() : documents.get(key)) {
                Instant date = documentDates.get(document);
                if (date != null) {
                    first = first == null || date.isBefore(first) ? date : first;
                    last = last == null || date.isAfter(last) ? date : last;
                }
            }
            String type = NameKey.type(key);
            String written = fullForm.getOrDefault(key, forms.get(key).keySet().iterator().next());
            NormalizedName name = normalized.computeIfAbsent(NameKey.key(type, written),
                    k -> NameNormalizer.normalize(written, NameKind.of(type)));
            groups.add(new NameGroup(key, name, forms.get(key),
                    mentions.get(key), documents.get(key), coMentioned.get(key),
                    List.copyOf(contexts.getOrDefault(key, List.of())),
                    topWords(words.get(key), name.tokens()), first, last));
        }
        return groups;
    }
}
