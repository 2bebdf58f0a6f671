package org.dossier.resolve.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dossier.config.domain.NameKey;
import org.dossier.resolve.mention.MentionView;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.normalize.NormalizedName;

/**
 * Inside one document, a short form stands for the full name it follows: a bare surname or a
 * first name for the person named in full before it ("Jurgen Stock ... Stock", or after it when
 * only one full name fits, as in a headline), an acronym for
 * the organisation spelled out before it ("International Criminal Police Organization
 * (Interpol) ... Interpol", "... Organization ... ICPO"). Titles are already off the names
 * ("Secretary-General Jurgen Stock" is "jurgen stock"). Each mention gets the key of the name it
 * stands for: its own, or the full form's. An organisation's short form (in brackets right after
 * the full name, an acronym, or the distinctive word that ends its name) holds beyond the document
 * too; a bare surname holds only inside it.
 */
public final class InDocumentLinker {

    /**
     * @param keys each mention's id with the key of the name it stands for
     * @param definitions short forms defined in brackets, each with the key of its full name
     */
    public record Links(Map<String, String> keys, Map<String, String> definitions) {
    }

    /** A person's name has few words; a longer span ("Devocht, who had told Montalvo ...") is no name. */
    private static final int MAX_NAME_WORDS = 5;
    /** Words that alone never stand for the organisation whose name they end or begin ("the Church"). */
    private static final Set<String> GENERIC = Set.of("church", "bank", "group", "council", "company", "university",
            "ministry", "department", "party", "police", "army", "court", "committee", "agency", "union",
            "association", "foundation", "institute", "club", "team", "federation", "league", "government",
            "organization", "organisation", "corporation", "office", "board", "house", "center", "centre", "commission",
            "bureau", "network", "service", "administration", "authority", "division", "unit", "fund", "trust",
            "exchange", "force", "firm", "institution", "program", "programme");

    private static final List<String> JOINING = List.of("of", "the", "and", "for");
    /** The words that open a surname of several ("La Riva", "van der Berg", "bin Salman"). */
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "di", "da", "dos", "das", "du",
            "la", "le", "van", "von", "ten", "ter", "bin", "ibn", "al", "el", "st", "mac", "o");
    private static final String ORGANIZATION_PREFIX = "ORGANIZATION:";
    /** A title that says a person's sex, at the start of a mention or right before it. */
    private static final Pattern TITLE = Pattern.compile("(Mr|Mrs|Ms|Miss)\\.?\\s+");
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\b(Mr|Mrs|Ms|Miss)\\.?\\s+$");
    private static final Pattern PLURAL = Pattern.compile("\\p{L}{2,}[^s]s");

    /** How far a bracketed short form may stand after the full name: " (" and no more. */
    private static final int BRACKET_GAP = 3;

    private InDocumentLinker() {
    }

    /** Links the mentions of one document. */
    public static Links link(List<MentionView> mentions) {
        return link(mentions, mention -> NameNormalizer.normalize(mention.text(), NameKind.of(mention.type())));
    }

    /** Links the mentions of one document, their names normalised by {@code names} (a cache, say). */
    public static Links link(List<MentionView> mentions, Function<MentionView, NormalizedName> names) {
        List<MentionView> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparingInt(MentionView::start));
        Map<String, String> keys = new HashMap<>();
        Map<String, String> shortForms = new HashMap<>();
        List<NormalizedName> fullNames = new ArrayList<>();
        List<MentionView> generic = new ArrayList<>();
        MentionView previous = null;
        for (MentionView mention : ordered) {
            NameKind kind = NameKind.of(mention.type());
            NormalizedName name = names.apply(mention);
            String own = key(mention.type(), name);
            String key = own;
            if (isGeneric(mention, name)) {
                // Read once the document's names are known: see below.
                generic.add(mention);
                continue;
            }
            if (mention.bracketed() && previous != null && previous.type().equals(mention.type())
                    && mention.start() - previous.end() <= BRACKET_GAP && mention.start() > previous.end()
                    && fits(mention.text(), name, names.apply(previous))) {
                // "International Criminal Police Organization (Interpol)": the bracket names the same.
                shortForms.put(own, keys.get(previous.id()));
                key = keys.get(previous.id());
            } else if (shortForms.containsKey(own)) {
                key = shortForms.get(own);
            } else if (mention.bracketed() && !mention.definedAcronym() && kind == NameKind.ORGANIZATION
                    && isAcronym(mention.text())) {
                // "stablecoins like Tether (USDT)": a bracket defines the acronym as the words before
                // it, even when they are no name we know; it stands for no other name of the document.
                key = own;
            } else {
                NormalizedName full = fullFormOf(name, fullNames);
                if (full != null) {
                    key = key(mention.type(), full);
                    // An organisation's short form ("Scientology", "ICPO") names it beyond this document too.
                    if (kind == NameKind.ORGANIZATION) {
                        shortForms.put(own, key);
                    }
                } else if ((name.tokens().size() > 1 && name.tokens().size() <= MAX_NAME_WORDS)
                        || kind == NameKind.ORGANIZATION) {
                    fullNames.add(name);
                }
            }
            keys.put(mention.id(), key);
            previous = mention;
        }
        // A title says who a surname is: where the document writes "Mr. Thibeault", a bare
        // "Thibeault" stands for the one man among the full names that end so ("Daniel
        // Thibeault", not his wife "Shawnet Thibeault"), whoever was named first.
        Map<String, NormalizedName> titled = titledSurnames(ordered, names, fullNames);
        for (MentionView mention : ordered) {
            NormalizedName name = names.apply(mention);
            if (name.kind() == NameKind.PERSON && name.tokens().size() == 1 && titled.containsKey(name.tokens().get(0))) {
                keys.put(mention.id(), key(mention.type(), titled.get(name.tokens().get(0))));
            }
        }
        // A headline names a person by surname before the text names them in full ("Pelosi
        // announces ..." then "Nancy Pelosi"): such a word stands for the one full name after it.
        for (MentionView mention : ordered) {
            NormalizedName name = names.apply(mention);
            String own = key(mention.type(), name);
            if (name.kind() == NameKind.PERSON && name.tokens().size() == 1 && own.equals(keys.get(mention.id()))) {
                List<NormalizedName> matches = fullNames.stream()
                        .filter(full -> full.kind() == NameKind.PERSON && isShortFormOf(name, full))
                        .map(full -> full.tokens()).distinct()
                        .map(tokens -> fullNames.stream().filter(f -> f.tokens().equals(tokens)).findFirst().get())
                        .toList();
                if (matches.size() == 1) {
                    keys.put(mention.id(), key(mention.type(), matches.get(0)));
                }
            }
        }
        for (MentionView mention : generic) {
            String stands = dominant(names.apply(mention).tokens().get(0), keys);
            if (stands != null) {
                keys.put(mention.id(), stands);
            }
        }
        return new Links(keys, shortForms);
    }

    /**
     * The surnames the document writes after a title of one sex only ("Mr. Thibeault"), each with
     * the one full name that ends with it and opens with a first name of that sex.
     */
    private static Map<String, NormalizedName> titledSurnames(List<MentionView> mentions,
                                                              Function<MentionView, NormalizedName> names,
                                                              List<NormalizedName> fullNames) {
        Map<String, Set<FirstNameSex.Sex>> titles = new HashMap<>();
        for (MentionView mention : mentions) {
            NormalizedName name = names.apply(mention);
            FirstNameSex.Sex sex = titleSex(mention);
            if (name.kind() == NameKind.PERSON && name.tokens().size() == 1 && sex != null) {
                titles.computeIfAbsent(name.tokens().get(0), word -> EnumSet.noneOf(FirstNameSex.Sex.class)).add(sex);
            }
        }
        Map<String, NormalizedName> titled = new HashMap<>();
        titles.forEach((surname, sexes) -> {
            if (sexes.size() != 1) {
                return;   // "Mr. and Mrs. Lindgren": the titles say nothing of which one
            }
            FirstNameSex.Sex sex = sexes.iterator().next();
            List<NormalizedName> fitting = fullNames.stream()
                    .filter(full -> full.kind() == NameKind.PERSON && full.tokens().size() > 1
                            && full.tokens().get(full.tokens().size() - 1).equals(surname)
                            && FirstNameSex.of(full.tokens().get(0)) == sex)
                    .toList();
            if (!fitting.isEmpty() && fitting.stream().map(NormalizedName::tokens).distinct().count() == 1) {
                titled.put(surname, fitting.get(0));
            }
        });
        return titled;
    }

    /** The sex a title before the mention says ("Mr. Thibeault", "Ms. Lindgren"), or null. */
    private static FirstNameSex.Sex titleSex(MentionView mention) {
        Matcher own = TITLE.matcher(mention.text());
        if (own.lookingAt()) {
            return sexOf(own.group(1));
        }
        // The sentence may hold the surname more than once: any time after a title will do.
        String sentence = mention.sentence() == null ? "" : mention.sentence();
        for (int at = sentence.indexOf(mention.text()); at > 0; at = sentence.indexOf(mention.text(), at + 1)) {
            Matcher before = TITLE_BEFORE.matcher(sentence.substring(Math.max(0, at - 6), at));
            if (before.find()) {
                return sexOf(before.group(1));
            }
        }
        return null;
    }

    private static FirstNameSex.Sex sexOf(String title) {
        return title.equalsIgnoreCase("mr") ? FirstNameSex.Sex.MALE : FirstNameSex.Sex.FEMALE;
    }

    /** A one-word organisation that is a common noun: "the Bank", "the Commission". */
    public static boolean isGeneric(MentionView mention, NormalizedName name) {
        return NameKind.of(mention.type()) == NameKind.ORGANIZATION && name.tokens().size() == 1
                && (mention.genericHead() || GENERIC.contains(name.tokens().get(0)));
    }

    /**
     * The organisation a generic head stands for: of the document's longer names that have the
     * word, the one mentioned more than all the others together; null when none is ("the Bank"
     * in a report on three banks stands for no one of them).
     */
    private static String dominant(String word, Map<String, String> keys) {
        Map<String, Integer> counts = new HashMap<>();
        keys.values().stream().filter(key -> key.startsWith(ORGANIZATION_PREFIX))
                .filter(key -> List.of(key.substring(ORGANIZATION_PREFIX.length()).split(" ")).contains(word)
                        && key.indexOf(' ') > 0)
                .forEach(key -> counts.merge(key, 1, Integer::sum));
        int all = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > all).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    /**
     * Whether a bracketed short form fits the name before it: a word ("(Interpol)") may be any
     * short name, but an acronym's letters must be the name's initials ("FinCEN", "OFAC"): "(AML)"
     * after a bank's name is not the bank.
     */
    static boolean fits(String written, NormalizedName shortName, NormalizedName full) {
        if (!isAcronym(written) || shortName.tokens().equals(full.tokens())) {
            return true;
        }
        String letters = written.replaceAll("[^\\p{Lu}]", "").toLowerCase(Locale.ROOT);
        return spells(letters, full.tokens()) || spells(letters, full.wordsAsWritten());
    }

    /** The initials of every word, joining words too: "doj" for "department of justice". */
    private static String allInitials(List<String> tokens) {
        StringBuilder initials = new StringBuilder();
        tokens.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString();
    }

    /** The initials of the words but the joining ones: "ofac" for "office of foreign assets control". */
    private static String initials(List<String> tokens) {
        StringBuilder initials = new StringBuilder();
        for (String word : tokens) {
            if (!JOINING.contains(word)) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }

    /** The key of a name of a type: its type and its folded words. */
    public static String key(String type, NormalizedName name) {
        return NameKey.key(type, String.join(" ", name.tokens()));
    }

    /**
     * The full name of the same kind that this one is a short form of, or null. A person's lone
     * word is first a surname, of the first full name that ends with it: the principal, named
     * first ("Muehler" after "Steven J. Muehler" and "his wife, Claudia M. Muehler"); only then
     * another of its words ("Rubbo" of "Angela Beckcom Rubbo Monaco"), when one person alone has
     * it ("Bill" is no one's after "Bill Hammons" and "Bill Clinton"). An organisation's short
     * form stands for the latest name it fits.
     */
    private static NormalizedName fullFormOf(NormalizedName name, List<NormalizedName> fullNames) {
        if (name.kind() == NameKind.PERSON && name.tokens().size() == 1) {
            String word = name.tokens().get(0);
            for (NormalizedName full : fullNames) {
                if (full.kind() == NameKind.PERSON && full.tokens().size() > 1
                        && full.tokens().get(full.tokens().size() - 1).equals(word)) {
                    return full;
                }
            }
            List<NormalizedName> having = fullNames.stream()
                    .filter(full -> full.kind() == NameKind.PERSON && isShortFormOf(name, full)).toList();
            long surnames = having.stream().map(full -> full.tokens().get(full.tokens().size() - 1)).distinct().count();
            return surnames == 1 ? having.get(having.size() - 1) : null;
        }
        for (int i = fullNames.size() - 1; i >= 0; i--) {
            NormalizedName full = fullNames.get(i);
            if (full.kind() == name.kind() && !full.tokens().equals(name.tokens()) && isShortFormOf(name, full)) {
                return full;
            }
        }
        return null;
    }

    /** Written mostly in capitals: "USDT", "FinCEN". */
    private static boolean isAcronym(String written) {
        String capitals = written.replaceAll("[^\\p{Lu}]", "");
        return capitals.length() > 1 && capitals.length() * 2 >= written.replaceAll("[^\\p{L}]", "").length();
    }

    /** A person's one word among the full name's words, or its last words; an organisation's acronym of the full name's words. */
    static boolean isShortFormOf(NormalizedName name, NormalizedName full) {
        if (name.tokens().isEmpty() || full.tokens().size() < 2) {
            return false;
        }
        if (name.kind() == NameKind.PERSON) {
            // "Riva" or "La Riva" for "Gloria La Riva": one of its words, or a surname of several,
            // which opens with a particle ("Dorsa Derakhshani" is no surname of "IM Dorsa Derakhshani").
            List<String> words = full.tokens();
            return name.tokens().size() == 1 ? words.contains(name.tokens().get(0))
                    : name.tokens().size() < words.size() && PARTICLES.contains(name.tokens().get(0))
                    && words.subList(words.size() - name.tokens().size(), words.size()).equals(name.tokens());
        }
        if (name.tokens().size() != 1) {
            return false;
        }
        // "Scientology" for "the Church of Scientology": the word that ends the name, never a
        // generic one ("Church"); a first word names another body ("Tesco" of "Tesco Polska",
        // "United" of "United Nations").
        String candidate = name.tokens().get(0);
        List<String> words = full.tokens();
        // After "of", a plural names the members, not the body: "Representatives" of "House of Representatives".
        boolean members = words.size() > 2 && words.get(words.size() - 2).equals("of") && PLURAL.matcher(candidate).matches();
        if (words.get(words.size() - 1).equals(candidate) && !GENERIC.contains(candidate) && !members) {
            return true;
        }
        return spells(candidate, full.tokens()) || spells(candidate, full.wordsAsWritten());
    }

    /** Whether the letters are the words' initials, the joining words' ("doj") when they are over two. */
    private static boolean spells(String letters, List<String> words) {
        return letters.equals(initials(words)) || letters.length() > 2 && letters.equals(allInitials(words));
    }
}
