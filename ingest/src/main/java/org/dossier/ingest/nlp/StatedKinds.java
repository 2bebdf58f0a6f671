package org.dossier.ingest.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document itself says a name is. A thing: a common noun right before it ("the host star
 * AB Aurigae", "the tanker Nordic Breeze") or after "is a" or ", a" ("CentOS Stream is an
 * upstream distribution", "USDC, a dollar-backed stablecoin"). A person: an age after it ("Emily Spanton, 39,") or "(a pseudonym)". Taggers
 * take such names for bodies or people; the document says otherwise.
 */
final class StatedKinds {

    /** Kinds of things that are neither bodies nor people. */
    private static final Set<String> THINGS = Set.of("star", "planet", "exoplanet", "comet", "asteroid", "galaxy",
            "nebula", "constellation", "spacecraft", "probe", "rover", "lander", "telescope", "satellite", "rocket",
            "ship", "vessel", "tanker", "freighter", "yacht", "submarine", "warship", "destroyer", "frigate",
            "aircraft", "airliner", "jet", "helicopter", "drone", "missile", "film", "movie",
            "documentary", "album", "song", "single", "novel", "book", "opera", "musical", "sculpture", "painting",
            "game", "software", "distribution", "app", "browser", "language", "protocol", "algorithm", "virus",
            "variant", "disease", "syndrome", "drug", "vaccine", "stablecoin", "cryptocurrency", "token", "currency",
            "hurricane", "typhoon", "cyclone", "storm");
    /** Before a person's name these are about fame, not kind: "rock star Mick Jagger". */
    private static final Set<String> ABOUT_PEOPLE = Set.of("star", "single");
    /** Words that end the noun phrase after "is a". */
    private static final Set<String> PHRASE_ENDS = Set.of("from", "of", "in", "on", "for", "that", "which", "with",
            "by", "to", "and", "or", "at", "who", "whose", "where", "than", "as");
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}+)\\s+$");
    private static final Pattern IS_A = Pattern.compile("^(?:\\s+(?:is|was)\\s+(?:a|an|the)|,\\s+(?:a|an))\\s+([^.,;:!?()\\n]{1,60})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    private static final int MAX_PHRASE_WORDS = 4;
    private static final Pattern PERSON_AFTER = Pattern.compile(
            "^(?:,\\s+(?:aged\\s+)?\\d{1,3},|\\s*\\((?:a|her|his)\\s+(?:pseudonym|nickname)\\b|\\s*\\(not (?:his|her|their) real name\\))");

    private StatedKinds() {
    }

    /** Whether the text gives the span an age ("Anna Berg, 39, said") or calls it a pseudonym: a person's name. */
    static boolean isPerson(String text, NerSpan span) {
        return PERSON_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40))).find();
    }

    /** The kind of thing the text calls the span, or null when it names none. */
    static String kindOf(String text, NerSpan span) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, span.start() - 30), span.start()));
        if (before.find() && fits(before.group(1), span.type())) {
            return before.group(1);
        }
        Matcher after = IS_A.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 80)));
        if (after.find()) {
            String head = head(after.group(1));
            if (head != null && fits(head, span.type())) {
                return head;
            }
        }
        return null;
    }

    /** The last word of the noun phrase a text opens with: "upstream distribution" of "upstream distribution from RHEL". */
    private static String head(String phrase) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(phrase);
        while (word.find() && words.size() < MAX_PHRASE_WORDS) {
            String w = word.group().toLowerCase(Locale.ROOT);
            if (PHRASE_ENDS.contains(w)) {
                break;
            }
            words.add(w);
        }
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    private static boolean fits(String kind, String type) {
        return THINGS.contains(kind) && !(type.equals(NameRules.PERSON) && ABOUT_PEOPLE.contains(kind));
    }
}
