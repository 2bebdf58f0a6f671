package org.dossier.ingest.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.dossier.config.domain.Mention;

/**
 * Stanford CoreNLP's CoNLL 4-class CRF alone (tokenize, ssplit, ner: no part-of-speech, no
 * numeric classifiers, no SUTime), the fastest configuration with the best exact-span F1
 * measured here. Spans are runs of tokens with one label (see {@link TokenSpans}). A blank line ends a sentence, so headlines, datelines, captions and
 * "Source:" lines never run into the text. MISC mentions and junk (no capital letter, a
 * pronoun) are left out.
 */
public class CoreNlpRecognizer implements EntityRecognizer {

    static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", Mention.PERSON, "ORGANIZATION", Mention.ORGANIZATION, "LOCATION", Mention.LOCATION);
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them", "his",
            "its", "their", "we", "us", "i", "you");

    private final StanfordCoreNLP pipeline;
    private final Set<String> miscNames = MiscNames.load();
    private final FirstNames firstNames = FirstNames.load();
    private final NameRules.Gazetteers gazetteers = new NameRules.Gazetteers(MiscNames.charges(),
            MiscNames.load(MiscNames.PLACES), MiscNames.nationalities());

    public CoreNlpRecognizer() {
        this(crfAlone());
    }

    private CoreNlpRecognizer(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** For text already tokenised: tokens separated by spaces, one sentence a line (CoNLL files). */
    public static CoreNlpRecognizer pretokenised() {
        return new CoreNlpRecognizer(pretokenised(crfAlone()));
    }

    /** {@code props} changed to read tokens separated by spaces and one sentence a line. */
    public static Properties pretokenised(Properties props) {
        props.remove("ssplit.newlineIsSentenceBreak");
        props.setProperty("tokenize.whitespace", "true");
        props.setProperty("ssplit.eolonly", "true");
        return props;
    }

    /** The pipeline's settings: the CRF alone, a blank line ending a sentence. */
    public static Properties crfAlone() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,ner");
        props.setProperty("tokenize.language", "en");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", MODEL);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.additional.regexner.mapping", "");
        props.setProperty("ner.additional.tokensregex.rules", "");
        props.setProperty("enforceRequirements", "false");
        return props;
    }

    @Override
    public boolean supports(String language) {
        return "en".equals(language);
    }

    @Override
    public List<Mention> recognise(String documentId, String text) {
        CoreDocument document = annotate(text);
        List<Mention> mentions = new ArrayList<>();
        for (NameRules.Decision decision : decide(text, document)) {
            NerSpan span = decision.span();
            String type = decision.concept() ? Mention.CONCEPT : TYPES.get(span.type());
            if (type != null && (!decision.dropped() || decision.concept())) {
                mentions.add(Mention.of(documentId, type, text.substring(span.start(), span.end()),
                        span.start(), span.end(), document.sentences().get(decision.sentence()).text(), decision.note()));
            }
        }
        return mentions;
    }

    /** Every span kept, MISC included: what an evaluation scores. */
    public List<NerSpan> spans(String text) {
        return decisions(text).stream().filter(d -> !d.dropped()).map(NameRules.Decision::span).toList();
    }

    /** Every span kept, and a line for each the rules dropped or changed, with why: what {@code -Dverbose=true} shows. */
    public Explained explained(String text) {
        List<NameRules.Decision> decisions = decisions(text);
        List<String> lines = decisions.stream().filter(d -> d.note() != null)
                .map(d -> (d.dropped() ? "dropped " : "kept    ") + d.span().type() + " \""
                        + text.substring(d.span().start(), d.span().end()).replaceAll("\\s+", " ") + "\": " + d.note())
                .toList();
        return new Explained(decisions.stream().filter(d -> !d.dropped()).map(NameRules.Decision::span).toList(), lines);
    }

    /** The spans kept, and why the rules dropped or changed the others. */
    public record Explained(List<NerSpan> spans, List<String> reasons) {
    }

    private List<NameRules.Decision> decisions(String text) {
        return decide(text, annotate(text));
    }

    /**
     * The tagger's spans, trimmed and mended, then judged by the document's evidence (see
     * {@link NameRules}). The tagger reads each sentence alone; the document tells more: a name
     * takes the type most of its mentions in the document have ("Red Hat" a company in four
     * sentences is no person in the fifth), and a word that is the surname of a person named in
     * full ("Desmond Washington" ... "Washington said") is that person.
     */
    private List<NameRules.Decision> decide(String text, CoreDocument document) {
        List<TokenSpans.Sentenced> kept = new ArrayList<>();
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<Integer, String> retyped = new HashMap<>();
        for (TokenSpans.Sentenced sentenced : TokenSpans.of(document, Map.of())) {
            NerSpan span = refine(text, trim(text, sentenced.span()));
            if (span != null && span.type().equals("ORGANIZATION") && firstNames.personsName(surface(text, span))) {
                span = new NerSpan(span.start(), span.end(), "PERSON");
                retyped.put(span.start(), "opens with a first name: a person");
            }
            if (span != null) {
                kept.add(new TokenSpans.Sentenced(span, sentenced.sentence()));
                if (!span.type().equals("MISC")) {
                    votes.computeIfAbsent(surface(text, span), k -> new HashMap<>()).merge(span.type(), 1, Integer::sum);
                }
            }
        }
        Set<String> people = new HashSet<>();
        votes.forEach((name, byType) -> {
            // The full name and each of its endings: "Gloria La Riva", "La Riva", "Riva".
            for (int space = name.indexOf(' '); space > 0 && "PERSON".equals(majority(byType, null));
                 space = name.indexOf(' ', space + 1)) {
                people.add(name);
                people.add(name.substring(space + 1));
            }
        });
        List<TokenSpans.Sentenced> mended = new ArrayList<>(kept.size());
        for (TokenSpans.Sentenced sentenced : kept) {
            NerSpan span = sentenced.span();
            String name = surface(text, span);
            boolean person = people.contains(name) && !span.type().equals("MISC");
            // MISC neither votes nor is voted on: CoNLL's MISC names kinds of things, not one thing's type.
            boolean firstName = !span.type().equals("MISC") && firstNameCalledPerson(name, votes.get(name));
            String type = person || firstName ? "PERSON"
                    : span.type().equals("MISC") ? "MISC" : majority(votes.get(name), span.type());
            if (!type.equals(span.type())) {
                retyped.put(span.start(), person ? "a person the document names in full"
                        : firstName ? "a first name the document calls a person" : "the type most of its mentions in the document have");
                sentenced = new TokenSpans.Sentenced(new NerSpan(span.start(), span.end(), type), sentenced.sentence());
            }
            mended.add(sentenced);
        }
        return NameRules.apply(text, mended, gazetteers, retyped);
    }

    /**
     * A common first name alone ("Gloria") that the tagger calls a person in one sentence and an
     * organisation in others, and never a place, is a person: companies seldom bear one.
     */
    private boolean firstNameCalledPerson(String name, Map<String, Integer> byType) {
        return byType != null && byType.containsKey("PERSON") && !byType.containsKey("LOCATION")
                && name.indexOf(' ') < 0 && firstNames.contains(name);
    }

    /** The type given most often, if one is given more often than every other; else {@code tie}. */
    private static String majority(Map<String, Integer> byType, String tie) {
        String best = tie;
        int most = 0;
        boolean shared = false;
        for (Map.Entry<String, Integer> vote : byType.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
                shared = false;
            } else if (vote.getValue() == most) {
                shared = true;
            }
        }
        return shared ? tie : best;
    }

    private static String surface(String text, NerSpan span) {
        return text.substring(span.start(), span.end()).replaceAll("\\s+", " ");
    }

    /**
     * The span without punctuation the tagger swept in at its edges ("Google Science Fair —"),
     * keeping brackets and signs that belong to it ("Acme Inc.", "A$"); null for junk.
     */
    static NerSpan trim(String text, NerSpan span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isLoose(text.charAt(start))) {
            start++;
        }
        while (end > start && isLoose(text.charAt(end - 1))) {
            end--;
        }
        if (start == end || isJunk(text.substring(start, end))) {
            return null;
        }
        return start == span.start() && end == span.end() ? span : new NerSpan(start, end, span.type());
    }

    /**
     * What the CRF gets wrong in ways a rule can tell: an organisation's leading "The" (not part
     * of its name), an abbreviation's last dot taken for the sentence's ("Washington D.C."), and
     * a religion, ideology or nationality labelled as a place.
     */
    NerSpan refine(String text, NerSpan span) {
        if (span == null) {
            return null;
        }
        int start = span.start();
        int end = span.end();
        String type = span.type();
        if (type.equals("ORGANIZATION") && text.startsWith("The ", start) && end - start > 4) {
            start += 4;
        }
        if (end < text.length() && text.charAt(end) == '.' && Character.isLetter(text.charAt(end - 1))
                && text.lastIndexOf('.', end - 1) > text.lastIndexOf(' ', end - 1)) {
            end++;
        }
        if (type.equals("LOCATION") && miscNames.contains(text.substring(start, end).toLowerCase(Locale.ROOT))) {
            type = "MISC";
        }
        return start == span.start() && end == span.end() && type.equals(span.type()) ? span
                : new NerSpan(start, end, type);
    }

    private CoreDocument annotate(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        return document;
    }

    /** Dashes, quotes and separators: never part of a name at its edges. */
    private static boolean isLoose(char c) {
        return Character.isWhitespace(c) || "—–-,;:\"'“”‘’«»".indexOf(c) >= 0;
    }

    private static boolean isJunk(String surface) {
        return surface.chars().noneMatch(Character::isUpperCase) || PRONOUNS.contains(surface.toLowerCase());
    }
}
