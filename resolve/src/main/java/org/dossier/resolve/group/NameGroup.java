package org.dossier.resolve.group;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.normalize.NormalizedName;

/**
 * All mentions of one name of one type across the corpus, resolved as one: millions of mentions
 * collapse to far fewer names.
 *
 * @param key type and folded words ({@code PERSON:jurgen stock})
 * @param name the name, normalised
 * @param forms each way it was written, with its count
 * @param mentions how many mentions it has
 * @param documents the documents it is in
 * @param coMentioned the keys of the other names in those documents
 * @param contexts a few sentences it is mentioned in, for analysts
 * @param contextWords the words most often around it, its own aside
 * @param firstSeen the earliest date of its documents, or null when none has one
 * @param lastSeen the latest, or null
 */
public record NameGroup(String key, NormalizedName name, Map<String, Integer> forms, int mentions,
                        Set<String> documents, Set<String> coMentioned, List<String> contexts,
                        Set<String> contextWords, Instant firstSeen, Instant lastSeen) {

    /** How many sentences a name keeps to show. */
    public static final int CONTEXTS = 3;

    /** A name whose sentences are not at hand. */
    public NameGroup(String key, NormalizedName name, Map<String, Integer> forms, int mentions, Set<String> documents,
                     Set<String> coMentioned) {
        this(key, name, forms, mentions, documents, coMentioned, List.of(), Set.of(), null, null);
    }

    /**
     * What an entity is called: the way its full name is most often written (a short form such as
     * "Stock" never names it), the longer on a tie.
     */
    public String preferredForm() {
        return forms.entrySet().stream()
                .filter(form -> isFullForm(form.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(form -> form.getKey().length())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(name.original());
    }

    /** Whether a way of writing the name has all its words; the name's own writing has them, unnormalised again. */
    private boolean isFullForm(String form) {
        return form.equals(name.original()) || NameNormalizer.normalize(form, name.kind()).tokens().equals(name.tokens());
    }
}
