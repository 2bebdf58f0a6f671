package org.dossier.ingest.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.dossier.ingest.nlp.NameWords.BODY_ENDINGS;
import static org.dossier.ingest.nlp.NameWords.CELESTIAL;
import static org.dossier.ingest.nlp.NameWords.CITATION_LATIN;
import static org.dossier.ingest.nlp.NameWords.CLOSED_CLASS;
import static org.dossier.ingest.nlp.NameWords.DOCUMENTS;
import static org.dossier.ingest.nlp.NameWords.EVENTS;
import static org.dossier.ingest.nlp.NameWords.FACILITIES;
import static org.dossier.ingest.nlp.NameWords.INSTITUTIONS;
import static org.dossier.ingest.nlp.NameWords.KINDS_OF_PEOPLE;
import static org.dossier.ingest.nlp.NameWords.LEGAL_FORMS;
import static org.dossier.ingest.nlp.NameWords.PLURAL_BODIES;
import static org.dossier.ingest.nlp.NameWords.PRODUCTS;
import static org.dossier.ingest.nlp.NameWords.ROLES;
import static org.dossier.ingest.nlp.NameWords.TITLES;
import static org.dossier.ingest.nlp.NameWords.UNITS;
import static org.dossier.ingest.nlp.NameWords.VERBS;

import org.dossier.config.domain.Mention;

/**
 * Decides which of the tagger's spans are names, judged by the document's own evidence (see
 * {@link DocumentEvidence}) rather than by capitals: a title-case phrase whose words the document
 * also writes in lower case, a heading, a role, a document or a law, an activity, a concept's
 * acronym, a term the document defines, a generic noun with no organisation to stand for. Every
 * span dropped or changed says why, so that a wrong rule can be found.
 */
final class NameRules {

    static final String PERSON = "PERSON";
    static final String ORGANIZATION = "ORGANIZATION";
    static final String LOCATION = "LOCATION";

    /** Kinds of storm: the name after one is a storm's ("Hurricane Dorian"), not a person's. */
    private static final Pattern STORM = Pattern.compile("(?i)(hurricane|typhoon|cyclone|storm)\\s+$");
    private static final Pattern APOSTROPHE_S = Pattern.compile("(\\p{L})'s\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\s+(?=\\p{Lu})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}&]*\\p{Lu}s?|\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,200})[”\"]");
    /** What follows the letters of a reference number ("FIN-2019-A001", "No. 12"). */
    private static final Pattern CODE = Pattern.compile("[-–]\\d");
    /** A time of day right before a span: "14:00 UTC". */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?\\s*)?$");
    /** A 24-hour time without its colon right before a span ("(1500 UTC)"): only a time zone's letters follow one. */
    private static final Pattern HOURS = Pattern.compile("(?<!\\d)(?:[01]\\d|2[0-3])[0-5]\\d\\s*$");
    private static final Pattern TIME_ZONE = Pattern.compile("UTC|GMT|Z|\\p{Lu}{1,3}[SD]?T");
    /** A volume number right before a span, and abbreviations then a page right after: "81 Fed. Reg. 35441". */
    private static final Pattern CITATION_BEFORE = Pattern.compile("(?<![\\d,.])\\d{1,4}\\s+$");
    private static final Pattern CITATION_AFTER = Pattern.compile("^\\.(?:\\s*\\p{Lu}[\\p{L}]*\\.){1,3}\\s*\\d");
    /** Universal time's letters: alone, a time zone unless the document defines them ("(UTC+0900)"). */
    private static final Pattern UNIVERSAL_TIME = Pattern.compile("UTC|GMT");
    /** A role and "of" right before a span: "Assistant Secretary of Commerce for Oceans". */
    private static final Pattern ROLE_OF = Pattern.compile("(\\p{L}+)\\s+of\\s+(?:the\\s+)?$");
    /** The word right before a bracket that opens at the span: "Tether (". */
    private static final Pattern WORD_BEFORE_BRACKET = Pattern.compile("(\\p{L}+)\\s*\\($");
    /** Between a body and what it is for: " for the ". */
    private static final Pattern FOR_THE = Pattern.compile("[ \\t]+for[ \\t]+(?:the[ \\t]+)?");
    /** The capitalised word right after a span. */
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s+(\\p{Lu}\\p{L}+)");
    /** The word right before a span ("Mr.", "President"). */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\.?\\s+$");
    /** A plural common noun: "Representatives", not "Congress". */
    private static final Pattern PLURAL = Pattern.compile("\\p{L}{2,}[^s]s");
    /** Names longer than this are titles or lists. */
    private static final int MAX_WORDS = 10;
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.\\s?)+");

    /** A span the rules looked at: what became of it, and why (null: taken as the tagger gave it). */
    record Decision(NerSpan span, int sentence, String note, boolean dropped, boolean concept) {

        static Decision kept(NerSpan span, int sentence) {
            return new Decision(span, sentence, null, false, false);
        }

        Decision drop(String why) {
            return new Decision(span, sentence, why, true, false);
        }

        /** Dropped as a concept the document defines: kept as such, so that its other documents know it too. */
        Decision concept(String why) {
            return new Decision(span, sentence, why, true, true);
        }

        Decision change(NerSpan changed, String why) {
            return new Decision(changed, sentence, why, false, false);
        }
    }

    /**
     * The gazetteers the rules read, lower case.
     *
     * @param charges criminal charges: no names ("wire fraud")
     * @param places countries: places, also when they act
     * @param nationalities nationalities: no names alone, and a person's span never opens with one
     */
    record Gazetteers(Set<String> charges, Set<String> places, Set<String> nationalities) {

        static final Gazetteers NONE = new Gazetteers(Set.of(), Set.of(), Set.of());
    }

    private final String text;
    private final DocumentEvidence evidence;
    private final Set<String> charges;
    private final Set<String> places;
    private final Set<String> nationalities;

    private NameRules(String text, Gazetteers gazetteers) {
        this.text = text;
        this.evidence = DocumentEvidence.of(text);
        this.charges = gazetteers.charges();
        this.places = gazetteers.places();
        this.nationalities = gazetteers.nationalities();
    }

    /** The decisions on each span of a document, in text order; MISC spans pass through untouched. */
    static List<Decision> apply(String text, List<TokenSpans.Sentenced> spans) {
        return apply(text, spans, Gazetteers.NONE, Map.of());
    }

    /**
     * @param retyped why the document changed a span's type before the rules (by its start), if it did
     */
    static List<Decision> apply(String text, List<TokenSpans.Sentenced> spans, Gazetteers gazetteers,
                                Map<Integer, String> retyped) {
        return new NameRules(text, gazetteers).decide(spans, retyped);
    }

    private List<Decision> decide(List<TokenSpans.Sentenced> spans, Map<Integer, String> retyped) {
        List<Decision> decisions = new ArrayList<>();
        Map<Integer, String> notes = new HashMap<>(retyped);
        for (TokenSpans.Sentenced sentenced : joinPurpose(spans, notes)) {
            String note = notes.get(sentenced.span().start());
            decisions.addAll(splitPossessive(new Decision(sentenced.span(), sentenced.sentence(), note, false, false)));
        }
        decisions.replaceAll(this::judgeAlone);
        Map<String, String> things = things(decisions);
        decisions.replaceAll(d -> !d.dropped() && !d.span().type().equals(LOCATION) && things.containsKey(folded(d))
                ? d.drop("the document calls it a " + things.get(folded(d)) + ": a thing, not a body or a person") : d);
        retypeStated(decisions, StatedKinds::isPerson, Set.of(ORGANIZATION), PERSON,
                "the document gives an age, an occupation or a pseudonym: a person");
        retypeStated(decisions, StatedKinds::isBody, Set.of(PERSON), ORGANIZATION, "the document calls it a kind of body");
        retypeStated(decisions, StatedKinds::isPlace, Set.of(PERSON, ORGANIZATION), LOCATION,
                "the document calls it a city, district or other place");
        Set<String> people = people(decisions);
        decisions.replaceAll(d -> judgeInDocument(d, decisions, people));
        return decisions;
    }

    /**
     * "the U.S. District Court for the Southern District of Ohio" is one court: a body whose head is
     * an institution's word, "for" and the name right after it are joined into one name, since the
     * head alone names every court, office or centre of its kind.
     */
    private List<TokenSpans.Sentenced> joinPurpose(List<TokenSpans.Sentenced> spans, Map<Integer, String> notes) {
        List<TokenSpans.Sentenced> joined = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            TokenSpans.Sentenced body = spans.get(i);
            NerSpan span = body.span();
            if (i + 1 < spans.size() && span.type().equals(ORGANIZATION)) {
                List<String> words = words(name(span));
                NerSpan next = spans.get(i + 1).span();
                if (INSTITUTIONS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))
                        && !next.type().equals(PERSON) && next.start() > span.end()
                        && FOR_THE.matcher(text.substring(span.end(), next.start())).matches()) {
                    notes.put(span.start(), "joined with what it is for (\"" + oneLine(name(next)) + "\")");
                    joined.add(new TokenSpans.Sentenced(new NerSpan(span.start(), next.end(), ORGANIZATION), body.sentence()));
                    i++;
                    continue;
                }
            }
            joined.add(body);
        }
        return joined;
    }

    /** The names of organisations and people the document calls a kind of thing somewhere, with that kind. */
    private Map<String, String> things(List<Decision> decisions) {
        Map<String, String> things = new HashMap<>();
        for (Decision d : decisions) {
            String type = d.span().type();
            if (!d.dropped() && !type.equals(LOCATION)) {
                String kind = StatedKinds.kindOf(text, d.span());
                if (kind != null) {
                    things.putIfAbsent(folded(d), kind);
                }
            }
        }
        return things;
    }

    /** Every kept mention of the types {@code from} whose name the document says is of a kind somewhere becomes {@code to}. */
    private void retypeStated(List<Decision> decisions, BiPredicate<String, NerSpan> says, Set<String> from, String to,
                              String why) {
        Set<String> named = stated(decisions, says);
        decisions.replaceAll(d -> !d.dropped() && from.contains(d.span().type()) && named.contains(folded(d))
                ? d.change(new NerSpan(d.span().start(), d.span().end(), to), why) : d);
    }

    /** The names the document says are of a kind somewhere (a person, a body, a place). */
    private Set<String> stated(List<Decision> decisions, BiPredicate<String, NerSpan> says) {
        Set<String> named = new HashSet<>();
        decisions.stream().filter(d -> !d.dropped() && !d.span().type().equals(LOCATION) && says.test(text, d.span()))
                .forEach(d -> named.add(folded(d)));
        return named;
    }

    private String folded(Decision decision) {
        return oneLine(name(decision.span())).toLowerCase(Locale.ROOT);
    }

    /**
     * "the Treasury's Office of Foreign Assets Control" is that office, its parent a co-mention:
     * an organisation split at a possessive; a person's span keeps the person.
     */
    private List<Decision> splitPossessive(Decision decision) {
        NerSpan span = decision.span();
        if (!span.type().equals(ORGANIZATION) && !span.type().equals(PERSON) || isPlace(name(span))) {
            return List.of(decision);
        }
        Matcher m = POSSESSIVE.matcher(text.substring(span.start(), span.end()));
        int cut = -1;
        int after = -1;
        while (m.find()) {
            cut = span.start() + m.start();
            after = span.start() + m.end();
        }
        if (cut < 0) {
            return List.of(decision);
        }
        NerSpan child = new NerSpan(after, span.end(), span.type());
        String parentName = text.substring(span.start(), cut);
        List<Decision> parts = new ArrayList<>();
        if (span.type().equals(ORGANIZATION)) {
            parts.add(decision.change(new NerSpan(span.start(), cut, ORGANIZATION),
                    "the parent body in \"" + name(span) + "\""));
        }
        List<String> childWords = words(name(child));
        if (span.type().equals(ORGANIZATION) && childWords.size() == 2
                && UNITS.contains(childWords.get(1).toLowerCase(Locale.ROOT))) {
            // "Treasury's Resource Center": a unit its parent names by what it does, no body of its own.
            parts.add(decision.change(child, "").drop("a unit of \"" + parentName + "\" named by what it does, not a body"));
        } else {
            parts.add(decision.change(child, "split from its parent \"" + parentName + "\""));
        }
        return parts;
    }

    /** The rules a span is judged by on its own. */
    private Decision judgeAlone(Decision decision) {
        NerSpan span = decision.span();
        if (decision.dropped() || span.type().equals("MISC")) {
            return decision;
        }
        String name = name(span);
        List<String> words = words(name);
        if (words.isEmpty()) {
            return decision.drop("no word in it");
        }
        if (name.contains("\t") || name.contains("\n\n") || name.contains("   ") || name.contains(" | ")
                || name.chars().filter(c -> c == '\n').count() > 1 || name.contains("\n") && words.size() > 8) {
            return decision.drop("runs across table cells or lines");
        }
        String folded = name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if ((span.type().equals(ORGANIZATION) || span.type().equals(PERSON) && words.size() > 1) && isPlace(name)) {
            return decision.change(new NerSpan(span.start(), span.end(), LOCATION),
                    "a country: a place, also when it acts");
        }
        // A religion's name may be a church's ("Church of Scientology"); a nationality or a charge is no one's.
        if (!span.type().equals(LOCATION) && (nationalities.contains(folded) || charges.contains(folded))) {
            return decision.drop("a nationality or a criminal charge, not a name");
        }
        if (!Character.isLetterOrDigit(name.charAt(0)) || words.get(words.size() - 1).equals("No")
                || CODE.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 2))).matches()) {
            return decision.drop("a fragment or a reference, not a name");
        }
        String before = text.substring(Math.max(0, span.start() - 40), span.start());
        if (CLOCK.matcher(before).find() || HOURS.matcher(before).find() && TIME_ZONE.matcher(name).matches()) {
            return decision.drop("a time zone after a time of day");
        }
        if (CITATION_BEFORE.matcher(before).find()
                && CITATION_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 20))).find()) {
            return decision.drop("part of a citation between a volume and a page (\"81 Fed. Reg. 35441\")");
        }
        if (words.stream().allMatch(w -> CITATION_LATIN.contains(w.toLowerCase(Locale.ROOT)))) {
            return decision.drop("a citation's Latin (\"Ibid.\", \"supra\"), no name");
        }
        Matcher title = ROLE_OF.matcher(before);
        if (span.type().equals(ORGANIZATION) && title.find() && ROLES.contains(title.group(1).toLowerCase(Locale.ROOT))) {
            return decision.drop("part of a title (\"" + title.group(1) + " of ...\"), not a body named alone");
        }
        List<String> content = words.stream().filter(w -> !DocumentEvidence.FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
        // Joining words aside: "United States District Court for the Southern District of New York" is one name.
        if (content.size() > MAX_WORDS) {
            return decision.drop("over " + MAX_WORDS + " words: a title or a list, not a name");
        }
        String last = content.isEmpty() ? "" : content.get(content.size() - 1).toLowerCase(Locale.ROOT);
        String first = content.isEmpty() ? "" : content.get(0).toLowerCase(Locale.ROOT);
        boolean firstOf = words.size() > 2 && words.get(1).equalsIgnoreCase("of");
        if (acronyms(words) && words.size() > 1) {
            // "AML/CFT": acronyms joined, judged by what the document says each one is.
            for (String part : words) {
                DocumentEvidence.Definition definition = evidence.definitionOf(part);
                if (definition != null && !definition.expansion().isBlank()
                        && content.stream().noneMatch(w -> INSTITUTIONS.contains(w.toLowerCase(Locale.ROOT)))
                        && evidence.writesInLowerCase(words(definition.expansion()).get(0))) {
                    return decision.concept("joins acronyms the document defines as concepts (" + part + ")");
                }
            }
            if (name.contains("/")) {
                return decision.drop("acronyms joined by a slash (\"" + oneLine(name) + "\"): two bodies, not one");
            }
        }
        // A heading's title-case phrase is taken for an organisation; a byline's person or a dateline's place is real.
        if (span.type().equals(ORGANIZATION) && evidence.onHeading(span.start(), span.end()) && !evidence.inBody(name)) {
            return decision.drop("only in headings");
        }
        String opening = words.get(0).toLowerCase(Locale.ROOT);
        if (CLOSED_CLASS.contains(opening) || words.size() > 1 && opening.endsWith("ing") && opening.length() > 5
                && evidence.writesInLowerCase(opening)) {
            return decision.drop("begins with \"" + words.get(0) + "\", which no name does");
        }
        if (inQuotedTitle(span)) {
            return decision.drop("in the title of a work, in quotes");
        }
        if (!span.type().equals(LOCATION) && (name.contains(" or ") || listed(name))) {
            return decision.drop("two names or more, not one");
        }
        if (words.stream().anyMatch(VERBS::contains)) {
            return decision.drop("a clause (\"" + oneLine(name) + "\"), not a name");
        }
        if (!span.type().equals(LOCATION) && words.stream().allMatch(w -> LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT)))) {
            return decision.drop("a legal form alone");
        }
        if (DocumentEvidence.singular(name).matches("\\p{Lu}{2,}") && name.endsWith("s") && !name.equals(name.toUpperCase(Locale.ROOT))) {
            return decision.drop("a plural acronym names a kind of thing");
        }
        boolean allCommon = content.stream().allMatch(evidence::writesInLowerCase);
        // An institution's word heads the name: last ("Harbour Authority") or first before "of" ("Bureau of ...").
        boolean institution = INSTITUTIONS.contains(last) || firstOf && INSTITUTIONS.contains(first);
        if (PLURAL_BODIES.contains(first) && !span.type().equals(LOCATION)) {
            return decision.drop("several bodies (\"" + words.get(0) + "\"), not one");
        }
        // "BSA Departments": a kind of unit; "Human Services" names one body, so services stay.
        if (span.type().equals(ORGANIZATION) && content.size() > 1 && PLURAL_BODIES.contains(last)
                && !last.equals("services") && !words.contains("of") && !words.contains("and")) {
            return decision.drop("several bodies (\"" + words.get(words.size() - 1) + "\"), not one");
        }
        if (span.type().equals(ORGANIZATION) && FACILITIES.contains(last)) {
            return decision.change(new NerSpan(span.start(), span.end(), LOCATION),
                    "ends with \"" + words.get(words.size() - 1) + "\": a facility, a place");
        }
        if (span.type().equals(PERSON) && STORM.matcher(before).find()) {
            return decision.drop("a storm's name");
        }
        if (span.type().equals(PERSON) && words.size() > 1 && nationalities.contains(first)) {
            return decision.change(new NerSpan(span.start(), span.end(), ORGANIZATION),
                    "opens with a nationality (\"" + words.get(0) + "\"): a group, not a person");
        }
        if (span.type().equals(PERSON) && words.size() > 1 && BODY_ENDINGS.contains(last)) {
            return decision.change(new NerSpan(span.start(), span.end(), ORGANIZATION),
                    "ends with \"" + words.get(words.size() - 1) + "\": a body, not a person");
        }
        switch (span.type()) {
            case ORGANIZATION -> {
                // "Chief Officer", "Head of Sanctions", "Lord Mayor of Melbourne": the post, not the body.
                int of = words.indexOf("of");
                String role = ROLES.contains(last) ? last
                        : of > 0 && ROLES.contains(words.get(of - 1).toLowerCase(Locale.ROOT)) ? words.get(of - 1).toLowerCase(Locale.ROOT) : null;
                if (role != null) {
                    return decision.drop("a role, not an organisation (\"" + role + "\")");
                }
                if (KINDS_OF_PEOPLE.contains(last) && !institution) {
                    return decision.drop("a kind of people (\"" + last + "\"), not a body");
                }
                if (PRODUCTS.contains(last) && content.stream().filter(w -> INSTITUTIONS.contains(w.toLowerCase(Locale.ROOT)))
                        .noneMatch(w -> !w.equalsIgnoreCase(last))) {
                    return decision.drop("a product, service or programme, not a body (\"" + last + "\")");
                }
                if (EVENTS.contains(last) && !institution) {
                    return decision.drop("an event (\"" + words.get(words.size() - 1) + "\"), not a body");
                }
                String document = documentWord(span, words);
                if (document != null) {
                    return decision.drop("a document, law or product, not a body (\"" + document + "\")");
                }
                if (!institution && last.length() > 5 && last.endsWith("ing") && evidence.writesInLowerCase(last)) {
                    return decision.drop("an activity (\"" + last + "\"), not a body");
                }
                if (allCommon && content.size() > 1 && !institution) {
                    return decision.drop("its words are written in lower case in the document: a phrase, not a name");
                }
                if (firstOf && !institution && evidence.writesInLowerCase(first)) {
                    return decision.drop("\"" + first + " of ...\" names an act or a thing, not a body");
                }
                if (content.size() > 1 && evidence.writesInLowerCase(last) && content.subList(0, content.size() - 1)
                        .stream().allMatch(w -> nationalities.contains(w.toLowerCase(Locale.ROOT)))) {
                    return decision.drop("a kind of body (\"" + name + "\"), not one");
                }
            }
            case PERSON -> {
                if (allCommon) {
                    return decision.drop("its words are written in lower case in the document: a phrase, not a name");
                }
                if (INITIALS.matcher(name).matches() || name.chars().anyMatch(Character::isDigit)
                        || words.size() == 1 && name.equals(name.toUpperCase(Locale.ROOT)) && name.length() <= 6
                        && evidence.definitionOf(name) == null) {
                    return decision.drop("initials, an acronym or a number: not a person's name");
                }
            }
            case LOCATION -> {
                if (allCommon && content.size() == 1) {
                    return decision.drop("a word the document writes in lower case: not a place's name");
                }
            }
            default -> {
            }
        }
        return decision;
    }

    /** The rules that read the document's other spans: acronyms, defined terms, generic heads, lone surnames. */
    private Decision judgeInDocument(Decision decision, List<Decision> all, Set<String> people) {
        NerSpan span = decision.span();
        if (decision.dropped() || span.type().equals("MISC")) {
            return decision;
        }
        String name = name(span);
        List<String> words = words(name);
        if (words.size() == 1 && ACRONYM.matcher(name).matches()) {
            DocumentEvidence.Definition definition = evidence.definitionOf(name);
            if (definition != null) {
                Decision expansion = covering(all, definition.start(), definition.end());
                if (expansion != null && expansion.span().type().equals(LOCATION)) {
                    return decision.change(new NerSpan(span.start(), span.end(), LOCATION),
                            "an acronym the document defines as the place \"" + oneLine(definition.expansion()) + "\"");
                }
                if (expansion == null || !expansion.span().type().equals(ORGANIZATION)) {
                    return decision.concept("an acronym the document defines as \"" + oneLine(definition.expansion())
                            + "\", which is no organisation");
                }
                return decision.change(new NerSpan(span.start(), span.end(), ORGANIZATION),
                        Mention.DEFINED_ACRONYM + " \"" + oneLine(definition.expansion()) + "\"");
            }
        }
        if (words.size() == 1 && UNIVERSAL_TIME.matcher(name).matches() && !defines(name)) {
            return decision.drop("a time zone the document does not define as a name");
        }
        if (span.type().equals(ORGANIZATION) && words.size() == 1 && ACRONYM.matcher(name).matches()
                && evidence.definitionOf(name) == null && shortFormOfUnnamed(all, span)) {
            return decision.drop("in brackets after words it does not spell (\"Tether (USDT)\"), which the document "
                    + "does not name as a body");
        }
        String lastWord = words.get(words.size() - 1);
        if (!span.type().equals(LOCATION) && words.size() > 1 && ACRONYM.matcher(lastWord).matches()) {
            // "Exempt Reporting Advisers NPRM": a kind of the thing the acronym stands for.
            DocumentEvidence.Definition definition = evidence.definitionOf(lastWord);
            Decision expansion = definition == null ? null : covering(all, definition.start(), definition.end());
            if (definition != null && (expansion == null || !expansion.span().type().equals(ORGANIZATION))) {
                return decision.drop("ends with \"" + lastWord + "\", which the document defines as \""
                        + oneLine(definition.expansion()) + "\": a kind of thing, not a body");
            }
        }
        if (!span.type().equals(LOCATION) && CELESTIAL.contains(lastWord.toLowerCase(Locale.ROOT))
                && (words.size() == 1 || words.size() == 2 && words.get(0).equalsIgnoreCase("the"))
                && !people.contains(lastWord.toLowerCase(Locale.ROOT))) {
            return decision.change(new NerSpan(span.start(), span.end(), LOCATION), "the Sun, the Moon or a planet: a place");
        }
        for (DocumentEvidence.DefinedTerm term : evidence.definedTerms()) {
            if (term.term().equalsIgnoreCase(name) && !namesBefore(all, term)) {
                return decision.concept("a term the document defines, not a name");
            }
        }
        if (span.type().equals(ORGANIZATION) && words.size() == 1 && evidence.writesInLowerCase(name)) {
            if (PLURAL.matcher(name).matches()) {
                return decision.drop("a common noun in the plural (\"the " + name + "\"): several, not one body");
            }
            boolean fits = all.stream().anyMatch(d -> !d.dropped() && d.span().type().equals(ORGANIZATION)
                    && words(name(d.span())).size() > 1
                    && words(name(d.span())).stream().anyMatch(w -> w.equalsIgnoreCase(name)));
            return fits ? new Decision(span, decision.sentence(), Mention.GENERIC_HEAD, false, false)
                    : decision.drop("a generic noun, and no organisation of the document is called so");
        }
        if (span.type().equals(ORGANIZATION) && words.size() <= 3 && words.stream().noneMatch(w -> bodyWord(w.toLowerCase(Locale.ROOT)))) {
            String person = personEndingWith(all, words);
            if (person != null && !inLongerOrganisation(all, words)) {
                return decision.change(new NerSpan(span.start(), span.end(), PERSON),
                        "the surname of \"" + person + "\", whom the document names");
            }
        }
        if (span.type().equals(PERSON) && words.size() > 1 && firmWithLegalForm(all, words)) {
            return decision.change(new NerSpan(span.start(), span.end(), ORGANIZATION),
                    "the document writes it with a legal form: a firm");
        }
        if (span.type().equals(PERSON) && words.size() == 1 && !people.contains(name.toLowerCase(Locale.ROOT))
                && !titled(span.start()) && otherwiseTyped(all, name)) {
            return decision.drop("a lone word the document also gives another type, never a person's full name");
        }
        return decision;
    }

    /**
     * The word that makes a span a document, law or product: its last word ("Bank Secrecy Act"),
     * one followed by "of", "to", "on" or "for" ("Report to Congress", "Act of 1934"), or the word
     * right after it ("Securities Exchange" in "Securities Exchange Act").
     */
    private String documentWord(NerSpan span, List<String> words) {
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (DOCUMENTS.contains(last)) {
            return last;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).toLowerCase(Locale.ROOT);
            if (DOCUMENTS.contains(word) && Set.of("of", "to", "on", "for").contains(words.get(i + 1).toLowerCase(Locale.ROOT))) {
                return word;
            }
        }
        Matcher next = NEXT_WORD.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 30)));
        if (next.find() && DOCUMENTS.contains(next.group(1).toLowerCase(Locale.ROOT))) {
            return next.group(1).toLowerCase(Locale.ROOT);
        }
        return null;
    }

    /**
     * Whether the span lies in a quoted title ("“Treasury Targets Key Network,”"): quotes on one
     * line around four words or more, most of them capitalised.
     */
    private boolean inQuotedTitle(NerSpan span) {
        int lineStart = text.lastIndexOf('\n', span.start()) + 1;
        int lineEnd = text.indexOf('\n', span.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        Matcher quote = QUOTED.matcher(text.substring(lineStart, lineEnd));
        while (quote.find()) {
            if (lineStart + quote.start() < span.start() && lineStart + quote.end() > span.end()) {
                List<String> words = words(quote.group(1));
                long capitalised = words.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
                return words.size() >= 4 && capitalised * 10 >= words.size() * 7;
            }
        }
        return false;
    }

    /** "Commerce, Justice": names in a list; a legal form after a comma ("Acme, Inc.") is no list. */
    private static boolean listed(String name) {
        int comma = name.indexOf(", ");
        if (comma < 0) {
            return false;
        }
        return words(name.substring(comma)).stream().noneMatch(w -> LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** Whether every word is an acronym: capitals, perhaps a plural s. */
    private static boolean acronyms(List<String> words) {
        return words.stream().allMatch(w -> w.length() > 1 && DocumentEvidence.singular(w).chars().allMatch(Character::isUpperCase));
    }

    /** Whether the document also tags the word, or a name with it, as something other than a person ("Zelle Pay"). */
    private boolean otherwiseTyped(List<Decision> all, String word) {
        return all.stream().anyMatch(d -> !d.span().type().equals(PERSON)
                && words(name(d.span())).stream().anyMatch(w -> w.equalsIgnoreCase(word)));
    }

    /** A person's name of the document, longer than the words and ending with them ("Rocky De La Fuente"), or null. */
    private String personEndingWith(List<Decision> all, List<String> words) {
        for (Decision d : all) {
            List<String> person = words(name(d.span()));
            if (!d.dropped() && d.span().type().equals(PERSON) && person.size() > words.size()
                    && endsWith(person, words)) {
                return oneLine(name(d.span()));
            }
        }
        return null;
    }

    /**
     * Whether an organisation of the document opens or ends with the words and has more ("Ford"
     * of "Ford Motor Company", "Hizballah" of "Lebanese Hizballah"): then they are a body's name.
     */
    private boolean inLongerOrganisation(List<Decision> all, List<String> words) {
        return all.stream().filter(d -> !d.dropped() && d.span().type().equals(ORGANIZATION)).map(d -> words(name(d.span())))
                .anyMatch(org -> org.size() > words.size() && (startsWith(org, words) || endsWith(org, words)));
    }

    /** Whether an organisation of the document is the words and legal forms after them ("Arthur Andersen LLP"). */
    private boolean firmWithLegalForm(List<Decision> all, List<String> words) {
        return all.stream().filter(d -> !d.dropped() && d.span().type().equals(ORGANIZATION))
                .map(d -> words(name(d.span())))
                .anyMatch(org -> org.size() > words.size() && startsWith(org, words) && org.subList(words.size(), org.size())
                        .stream().allMatch(w -> LEGAL_FORMS.contains(w.toLowerCase(Locale.ROOT))));
    }

    private static boolean startsWith(List<String> name, List<String> words) {
        return name.size() >= words.size() && name.subList(0, words.size()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()
                .equals(words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    private static boolean endsWith(List<String> name, List<String> words) {
        return startsWith(name.subList(name.size() - words.size(), name.size()), words);
    }

    /** Whether the document spells the letters out or defines them as a term ("Union Transfer Corporation (“UTC”)"). */
    private boolean defines(String letters) {
        return evidence.definitionOf(letters) != null
                || evidence.definedTerms().stream().anyMatch(term -> term.term().equals(letters));
    }

    /**
     * Whether the span stands in brackets right after a capitalised word that no kept span ends
     * with: the short form of something the tagger found no name in ("stablecoins like Tether (USDT)").
     */
    private boolean shortFormOfUnnamed(List<Decision> all, NerSpan span) {
        Matcher before = WORD_BEFORE_BRACKET.matcher(text.substring(Math.max(0, span.start() - 40), span.start()));
        if (!before.find() || !Character.isUpperCase(before.group(1).charAt(0))) {
            return false;
        }
        int wordEnd = span.start() - before.group().length() + before.group(1).length();
        return all.stream().noneMatch(d -> !d.dropped() && d.span().end() == wordEnd);
    }

    /** Whether a kept name stands right before a defined term's bracket ("TD Bank, N.A. (“TD Bank”)"). */
    private boolean namesBefore(List<Decision> all, DocumentEvidence.DefinedTerm term) {
        return all.stream().anyMatch(d -> !d.dropped() && d.span().end() <= term.bracket()
                && term.bracket() - d.span().end() <= 12
                && text.substring(d.span().end(), term.bracket()).matches("[\\s,.\\p{Lu}]*"));
    }

    /** The kept span that covers most of start..end, or null. */
    private static Decision covering(List<Decision> all, int start, int end) {
        for (Decision d : all) {
            int overlap = Math.min(end, d.span().end()) - Math.max(start, d.span().start());
            if (!d.dropped() && overlap * 2 > end - start) {
                return d;
            }
        }
        return null;
    }

    /** The full names' words of the people the document names with two words or more, lower case. */
    private Set<String> people(List<Decision> decisions) {
        Set<String> words = new HashSet<>();
        for (Decision d : decisions) {
            List<String> name = words(name(d.span()));
            if (!d.dropped() && d.span().type().equals(PERSON) && name.size() > 1) {
                name.forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
            }
        }
        return words;
    }

    /** Whether a title ("Mr.", "President") stands right before the offset. */
    private boolean titled(int start) {
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 20), start));
        return before.find() && TITLES.contains(before.group(1).toLowerCase(Locale.ROOT));
    }

    private String name(NerSpan span) {
        return text.substring(span.start(), span.end());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Whether the gazetteer names a country so ("Democratic People’s Republic of Korea" as "... people 's republic ..."). */
    private boolean isPlace(String name) {
        String folded = name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return places.contains(folded) || places.contains(APOSTROPHE_S.matcher(folded.replace('’', '\'')).replaceAll("$1 's"));
    }

    /** Whether a word (lower case) heads or ends a body's name: an institution's word or a legal form. */
    static boolean bodyWord(String word) {
        return INSTITUTIONS.contains(word) || BODY_ENDINGS.contains(word) || word.length() > 1 && LEGAL_FORMS.contains(word);
    }

    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
