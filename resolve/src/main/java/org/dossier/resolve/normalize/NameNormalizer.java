package org.dossier.resolve.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import org.apache.commons.text.StringEscapeUtils;

import org.dossier.resolve.io.CodeDigest;

/**
 * Folds a name to comparable words: other scripts written in Latin letters and diacritics off
 * (ICU's {@code Any-Latin; Latin-ASCII}: "Ротенберг" is "rotenberg", "Jürgen" "jurgen"), lower
 * case, possessives and punctuation off, "&amp;" read as "and", numbers as digits ("Forty-Four"
 * and "44th" are "44"), Arabic particles in one spelling ("el" is "al", "ibn" "bin"). A person
 * loses titles and honorifics ("President", "Dr"); an organisation's legal forms
 * ("Aktiengesellschaft", "L.L.C.", "Open Joint Stock Company") are taken out and kept in one
 * spelling, as a feature of their own.
 */
public final class NameNormalizer {

    /** Transliterators are not safe to share between threads. */
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final Pattern LEADING_POSSESSIVE = Pattern.compile("['’]s\\s+(?=\\S)");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(st|nd|rd|th)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’`]s\\b");
    private static final Pattern APOSTROPHE = Pattern.compile("['’`]");
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\b(\\p{L})\\.(?=\\p{L}\\.)");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A country's name written before its own bodies, longest first. */
    private static final List<List<String>> NATIONAL_QUALIFIERS = List.of(List.of("united", "states", "of", "america"),
            List.of("united", "states"), List.of("united", "kingdom"), List.of("u", "s", "a"), List.of("u", "s"),
            List.of("u", "k"), List.of("usa"), List.of("us"), List.of("uk"));
    private static final Map<String, String> PARTICLES = Map.of("el", "al", "ibn", "bin");
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");

    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "hon",
            "honourable", "honorable", "rev", "reverend", "fr", "father", "sheikh", "shaikh", "imam", "mullah",
            "president", "vice", "prime", "minister", "secretary", "general", "chairman", "chairwoman", "chair",
            "ceo", "director", "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "judge",
            "justice", "king", "queen", "prince", "princess", "emir", "sultan", "gen", "col", "colonel", "capt",
            "captain", "lt", "major", "maj", "sgt", "commissioner", "ambassador", "chancellor", "premier", "jr",
            "sr", "esq", "phd", "md", "mp", "mep", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
            "aide", "chief", "head", "leader", "founder", "deputy", "former", "late", "speaker", "congressman",
            "congresswoman", "pope", "cardinal", "bishop", "archbishop", "rabbi", "inspector", "detective", "officer",
            "agent", "attorney", "prosecutor", "lawyer");

    /** Legal forms, longest first so that "joint stock company" wins over "company". */
    private static final List<Map.Entry<List<String>, String>> LEGAL_FORMS = legalForms(new String[][] {
            {"gesellschaft mit beschrankter haftung", "gmbh"},
            {"open joint stock company", "ojsc"}, {"closed joint stock company", "cjsc"},
            {"public joint stock company", "pjsc"}, {"joint stock company", "jsc"},
            {"limited liability company", "llc"}, {"limited liability partnership", "llp"},
            {"limited partnership", "lp"}, {"public limited company", "plc"},
            {"societe anonyme", "sa"}, {"sociedad anonima", "sa"}, {"societa per azioni", "spa"},
            {"aktiengesellschaft", "ag"}, {"kommanditgesellschaft", "kg"},
            {"incorporated", "inc"}, {"corporation", "corp"}, {"limited", "ltd"}, {"company", "co"},
            {"sp z o o", "spzoo"}, {"s a r l", "sarl"}, {"l l c", "llc"}, {"l l p", "llp"}, {"l p", "lp"},
            {"s p a", "spa"}, {"s a", "sa"}, {"n v", "nv"}, {"b v", "bv"}, {"p l c", "plc"},
            {"gmbh", "gmbh"}, {"ag", "ag"}, {"kg", "kg"}, {"ooo", "llc"}, {"oao", "ojsc"}, {"zao", "cjsc"},
            {"pao", "pjsc"}, {"ao", "jsc"}, {"jsc", "jsc"}, {"ojsc", "ojsc"}, {"cjsc", "cjsc"}, {"pjsc", "pjsc"}, {"llc", "llc"}, {"llp", "llp"}, {"lp", "lp"}, {"plc", "plc"},
            {"inc", "inc"}, {"corp", "corp"}, {"ltd", "ltd"}, {"co", "co"}, {"sa", "sa"}, {"sarl", "sarl"},
            {"spa", "spa"}, {"srl", "srl"}, {"nv", "nv"}, {"bv", "bv"}, {"ab", "ab"}, {"as", "as"},
            {"oy", "oy"}, {"pte", "pte"}, {"pty", "pty"}, {"bhd", "bhd"}, {"sdn", "sdn"}, {"kk", "kk"}});

    private NameNormalizer() {
    }

    /**
     * What tells this normalisation from another: a digest of this class's code and the version of
     * ICU that transliterates, so that names normalised by an earlier version and kept are not taken
     * for this one's.
     */
    public static String version() {
        return VersionInfo.ICU_VERSION + " " + CodeDigest.of(List.of(NameNormalizer.class));
    }

    public static NormalizedName normalize(String name, NameKind kind) {
        String named = name;
        if (kind == NameKind.PERSON) {
            // "Interpol's Secretary-General Jürgen Stock": what comes before a possessive is whose, not who.
            Matcher possessive = LEADING_POSSESSIVE.matcher(named);
            int after = -1;
            while (possessive.find()) {
                after = possessive.end();
            }
            if (after > 0 && after < named.length()) {
                named = named.substring(after);
            }
        }
        List<String> tokens = numbers(List.of(words(named)));
        List<String> legalForms = new ArrayList<>();
        List<String> country = List.of();
        if (kind == NameKind.PERSON) {
            tokens.replaceAll(token -> PARTICLES.getOrDefault(token, token));
            // A title is dropped only while a name remains ("General" alone stays).
            List<String> untitled = tokens.stream().filter(token -> !TITLES.contains(token)).toList();
            if (!untitled.isEmpty()) {
                tokens = new ArrayList<>(untitled);
            }
        } else {
            // "the Church of Scientology" is "Church of Scientology".
            if (tokens.size() > 1 && tokens.get(0).equals("the")) {
                tokens.remove(0);
            }
            country = dropNationalQualifier(tokens);
            for (String form; (form = takeLegalForm(tokens)) != null; ) {
                legalForms.add(form);
            }
            legalForms.sort(null);
        }
        return new NormalizedName(name, kind, List.copyOf(tokens), List.copyOf(legalForms), country);
    }

    /**
     * "U.S. Department of the Treasury", "United States Department of the Treasury" and "Department
     * of the Treasury" are one body: the country written before a body's name of three words or more
     * is taken off, and returned (an acronym still spells it). A shorter name keeps it ("U.S. Bank",
     * "U.S. Postal Service" are names of their own).
     */
    private static List<String> dropNationalQualifier(List<String> tokens) {
        for (List<String> qualifier : NATIONAL_QUALIFIERS) {
            int length = qualifier.size();
            if (tokens.size() >= length + 3 && tokens.subList(0, length).equals(qualifier)) {
                tokens.subList(0, length).clear();
                return qualifier;
            }
        }
        return List.of();
    }

    /** Number words and ordinals as digits; "forty four" is one number, 44. */
    static List<String> numbers(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.isEmpty()) {
                continue;
            }
            Matcher ordinal = ORDINAL.matcher(word);
            int tens = TENS.indexOf(word);
            if (tens >= 2) {
                int units = i + 1 < words.size() ? UNITS.indexOf(words.get(i + 1)) : -1;
                boolean compound = units > 0 && units < 10;
                if (compound) {
                    i++;
                }
                out.add(Integer.toString(tens * 10 + (compound ? units : 0)));
            } else if (UNITS.contains(word)) {
                out.add(Integer.toString(UNITS.indexOf(word)));
            } else if (ORDINALS.contains(word)) {
                out.add(Integer.toString(ORDINALS.indexOf(word)));
            } else if (ordinal.matches()) {
                out.add(ordinal.group(1));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    /** The folded words of a name, in order. */
    public static String[] words(String name) {
        String folded = Normalizer.normalize(name.contains("&") ? StringEscapeUtils.unescapeHtml4(name) : name,
                Normalizer.Form.NFKC);
        if (!isAscii(folded)) {
            folded = TO_ASCII.get().transliterate(folded);
        }
        folded = POSSESSIVE.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        folded = APOSTROPHE.matcher(folded).replaceAll("");
        folded = folded.replace("&", " and ");
        // "J.-C." and "U.S." keep their letters apart; "S.A.R.L." becomes "s a r l", found as a legal form.
        folded = DOTTED_INITIALS.matcher(folded).replaceAll("$1 ");
        return SEPARATORS.matcher(folded).replaceAll(" ").strip().split(" ");
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** Removes a legal form closing the name, else one opening it ("OAO Gazprom"), and returns it. */
    private static String takeLegalForm(List<String> tokens) {
        for (boolean atEnd : new boolean[] {true, false}) {
            for (Map.Entry<List<String>, String> form : LEGAL_FORMS) {
                int length = form.getKey().size();
                // A name is never all legal form: "Company" alone stays a word.
                if (tokens.size() <= length) {
                    continue;
                }
                List<String> place = atEnd ? tokens.subList(tokens.size() - length, tokens.size()) : tokens.subList(0, length);
                if (place.equals(form.getKey())) {
                    place.clear();
                    return form.getValue();
                }
            }
        }
        return null;
    }

    private static List<Map.Entry<List<String>, String>> legalForms(String[][] forms) {
        List<Map.Entry<List<String>, String>> entries = new ArrayList<>();
        for (String[] form : forms) {
            entries.add(Map.entry(List.of(form[0].split(" ")), form[1]));
        }
        entries.sort((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size()));
        return List.copyOf(entries);
    }
}
