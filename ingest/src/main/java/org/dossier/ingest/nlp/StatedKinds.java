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
 * upstream distribution", "USDC, a dollar-backed stablecoin"). A person: an occupation said the
 * same way ("businessman Rocky De La Fuente", "X, a retired lawyer"), an age after it ("Emily
 * Spanton, 39,") or "(a pseudonym)". A body: a kind of body said so ("the militia X", "her
 * organisation: X"). A place: a kind of place and "of" before it ("the electoral district of X").
 * Taggers take such names for bodies or people; the document says otherwise.
 */
final class StatedKinds {

    /** Kinds of things that are neither bodies nor people. */
    private static final Set<String> THINGS = Set.of("star", "planet", "exoplanet", "comet", "asteroid", "galaxy",
            "nebula", "constellation", "spacecraft", "probe", "rover", "lander", "telescope", "satellite", "rocket",
            "ship", "vessel", "tanker", "freighter", "yacht", "submarine", "warship", "destroyer", "frigate",
            "aircraft", "airliner", "jet", "helicopter", "drone", "missile", "device", "phone", "smartphone",
            "handset", "laptop", "computer", "chip", "processor", "camera", "weapon", "rifle", "pistol", "film", "movie",
            "documentary", "album", "song", "single", "novel", "book", "opera", "musical", "sculpture", "painting",
            "game", "software", "distribution", "app", "browser", "language", "protocol", "algorithm", "virus",
            "variant", "disease", "syndrome", "drug", "vaccine", "stablecoin", "cryptocurrency", "token", "currency",
            "hurricane", "typhoon", "cyclone", "storm");
    /** Occupations only people have (not companies: "investor SoftBank", "lender Barclays"). */
    private static final Set<String> PEOPLE = Set.of("businessman", "businesswoman", "entrepreneur", "billionaire",
            "millionaire", "rapper", "singer", "songwriter", "actor", "actress", "comedian", "musician", "guitarist",
            "drummer", "pianist", "composer", "painter", "sculptor", "poet", "novelist", "author", "writer", "playwright",
            "journalist", "reporter", "columnist", "photographer", "filmmaker", "politician", "lawmaker", "legislator",
            "diplomat", "activist", "campaigner", "lawyer", "economist", "scientist", "physicist", "chemist",
            "biologist", "astronomer", "historian", "philosopher", "mathematician", "engineer", "surgeon", "physician",
            "nurse", "teacher", "student", "priest", "pastor", "cleric", "athlete", "footballer", "cricketer", "boxer",
            "wrestler", "golfer", "swimmer", "cyclist", "sprinter", "nominee", "candidate", "spokesman",
            "spokeswoman", "spokesperson", "granddaughter", "grandson", "daughter", "son", "wife", "husband",
            "widow", "mother", "father", "brother", "sister");
    /** Kinds of bodies, said of a name the tagger took for a person. */
    private static final Set<String> BODIES = Set.of("organisation", "organization", "company", "firm", "group",
            "militia", "party", "charity", "non-profit", "nonprofit", "ngo", "band", "agency", "bank", "startup",
            "start-up", "airline", "newspaper", "broadcaster", "network", "union", "cartel", "gang", "movement",
            "foundation", "institute", "association", "club", "team", "university", "regulator", "ministry");
    /** Kinds of places: before "of" and a name, they make it the place ("the city of Toowoomba"). */
    private static final Set<String> PLACES = Set.of("city", "town", "village", "district", "county", "state",
            "province", "region", "island", "islands", "municipality", "borough", "electorate", "constituency",
            "capital", "suburb", "neighbourhood", "neighborhood", "territory", "prefecture", "oblast", "governorate");
    private static final Pattern PLACE_OF = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}+)\\s+of\\s+$");
    /** "her organisation: Faithless Hijabi". */
    private static final Pattern KIND_COLON = Pattern.compile("(?<![\\p{L}-])(\\p{Ll}+):\\s+$");
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

    /**
     * Whether the text gives the span an age ("Anna Berg, 39, said"), calls it a pseudonym or
     * gives it an occupation only a person has ("businessman X", "X, a retired lawyer"): a person's name.
     */
    static boolean isPerson(String text, NerSpan span) {
        return PERSON_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 40))).find()
                || said(text, span, PEOPLE);
    }

    /** Whether the text calls the span a kind of body ("the militia X", "X is a charity"). */
    static boolean isBody(String text, NerSpan span) {
        Matcher colon = KIND_COLON.matcher(before(text, span));
        return said(text, span, BODIES) || colon.find() && BODIES.contains(colon.group(1));
    }

    /** Whether a kind of place and "of" stand before the span: "the electoral district of Groom". */
    static boolean isPlace(String text, NerSpan span) {
        Matcher of = PLACE_OF.matcher(before(text, span));
        return of.find() && PLACES.contains(of.group(1));
    }

    /** Whether the word right before the span, or the head of the phrase after "is a" or ", a", is one of the kinds. */
    private static boolean said(String text, NerSpan span, Set<String> kinds) {
        Matcher before = WORD_BEFORE.matcher(before(text, span));
        if (before.find() && kinds.contains(before.group(1))) {
            return true;
        }
        Matcher after = IS_A.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 80)));
        if (!after.find()) {
            return false;
        }
        String head = head(after.group(1));
        return head != null && kinds.contains(head);
    }

    private static String before(String text, NerSpan span) {
        return text.substring(Math.max(0, span.start() - 30), span.start());
    }

    /** The kind of thing the text calls the span, or null when it names none. */
    static String kindOf(String text, NerSpan span) {
        Matcher before = WORD_BEFORE.matcher(before(text, span));
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
