package org.dossier.bench.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.dossier.resolve.mention.MentionView;

/**
 * Mentions of made-up people and organisations as news writes them: full names with middle
 * initials or without, titles, diacritics dropped or kept, typos, initials for first names,
 * nicknames ("Bill" for William), transliterations ("Muhammad" for Mohammed), Chinese names in
 * either order ("Xi Jinping", "Jinping Xi"), legal forms long or short ("Ltd", "Limited") and,
 * later in the same document, the bare surname. Surnames are shared between people (drawn from
 * a skewed distribution) and first names are common ones, so that blocks hold different people
 * with similar names; some different people have the very same name. Each mention remembers the
 * entity it is of.
 */
final class MentionGenerator {

    private static final String[] FIRST = {"john", "james", "mary", "anna", "maria", "david", "michael", "sarah",
        "peter", "paul", "thomas", "elena", "ivan", "olga", "ahmed", "mohammed", "fatima", "ali", "wei", "li",
        "jurgen", "hans", "karin", "sofia", "lucas", "mateo", "camila", "jose", "luis", "carmen", "pierre", "marie",
        "jean", "claire", "giulia", "marco", "yuki", "hiroshi", "kenji", "amara", "kwame", "chidi", "ngozi", "omar",
        "leila", "hassan", "noor", "daniel", "rachel", "samuel", "hannah", "robert", "linda", "william", "emma",
        "richard", "joseph", "elizabeth", "margaret", "katherine", "alexander", "edward", "anthony", "rebecca",
        "charles", "patricia", "jennifer", "christopher"};
    /** One person in this many is Chinese, one in this many bears a transliterated name, one in this many
     *  has the very name of another person. */
    private static final int CHINESE = 12;
    private static final int TRANSLITERATED = 10;
    private static final int NAMESAKE = 30;
    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "f", "g", "gr", "h", "k", "kl", "l", "m", "n",
        "p", "r", "s", "sch", "st", "t", "v", "w", "z"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ei", "au", "ou"};
    private static final String[] CODAS = {"", "n", "r", "s", "ck", "ld", "nn", "tt", "rg", "berg", "man", "son",
        "ski", "ov", "ez", "ini"};
    private static final String[] TITLES = {"President", "Dr", "Minister", "Senator", "General", "Mr", "Ms"};
    private static final String[] ORG_WORDS = {"International", "National", "Global", "United", "Bank", "Trust",
        "Holdings", "Energy", "Shipping", "Mining", "Capital", "Group", "Police", "Agency", "Council", "Fund"};
    private static final Map<Character, Character> ACCENTS = Map.of('a', 'á', 'e', 'é', 'o', 'ö', 'u', 'ü', 'i', 'í',
        'c', 'ç', 'n', 'ñ');

    private final Random random;
    private final List<String[]> people = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    /** Each organisation's legal form, as the list of its spellings (empty: none). */
    private final List<List<String>> legalForms = new ArrayList<>();
    private int documents;

    MentionGenerator(long seed, int people, int organisations) {
        this.random = new Random(seed);
        List<String> surnames = new ArrayList<>();
        for (int i = 0; i < Math.max(100, people / 8); i++) {
            surnames.add(syllables(2 + random.nextInt(2)));
        }
        for (int i = 0; i < people; i++) {
            // A skewed pick: a few surnames are very common, as in life.
            String surname = surnames.get((int) (surnames.size() * Math.pow(random.nextDouble(), 2.5)));
            String middle = String.valueOf((char) ('a' + random.nextInt(26)));
            int kind = random.nextInt(CHINESE * TRANSLITERATED);
            if (i > 0 && random.nextInt(NAMESAKE) == 0) {
                String[] namesake = this.people.get(random.nextInt(i));
                this.people.add(namesake.clone());
            } else if (kind % CHINESE == 0) {
                this.people.add(new String[] {pick(NameForms.CHINESE_GIVEN), "", pick(NameForms.CHINESE_FAMILY), "zh"});
            } else if (kind % TRANSLITERATED == 0) {
                boolean given = random.nextBoolean();
                this.people.add(new String[] {given ? pick(NameForms.TRANSLITERATED_GIVEN) : FIRST[random.nextInt(FIRST.length)],
                    middle, given ? surname : pick(NameForms.TRANSLITERATED_FAMILY), ""});
            } else {
                this.people.add(new String[] {FIRST[random.nextInt(FIRST.length)], middle, surname, ""});
            }
        }
        for (int i = 0; i < organisations; i++) {
            String core = capitalise(syllables(2 + random.nextInt(2)));
            this.organisations.add(core + " " + ORG_WORDS[random.nextInt(ORG_WORDS.length)]
                    + (random.nextInt(3) == 0 ? " " + ORG_WORDS[random.nextInt(ORG_WORDS.length)] : ""));
            this.legalForms.add(random.nextInt(3) == 0 ? List.of() : pick(NameForms.LEGAL_FORMS));
        }
    }

    /** The mentions, document by document; {@code truth} gets each mention's entity. */
    Map<String, List<MentionView>> generate(int mentions, int perDocument, Map<String, String> truth) {
        Map<String, List<MentionView>> documents = new LinkedHashMap<>();
        for (int made = 0; made < mentions; ) {
            Document document = next(Math.min(perDocument, mentions - made));
            documents.put(document.id(), document.mentions());
            for (int i = 0; i < document.mentions().size(); i++) {
                truth.put(document.mentions().get(i).id(), document.entities().get(i));
            }
            made += document.mentions().size();
        }
        return documents;
    }

    /** A generated document: its mentions, and the entity each one is of. */
    record Document(String id, List<MentionView> mentions, List<String> entities) {
    }

    /** The next document, of {@code size} mentions: generation goes on where it stopped, for a corpus that grows. */
    Document next(int size) {
        String document = "doc" + documents++;
        List<MentionView> inDocument = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        int offset = 0;
        List<Integer> named = new ArrayList<>();
        while (inDocument.size() < size) {
            boolean person = random.nextInt(4) != 0;
            String text;
            String entity;
            if (person) {
                int who;
                if (!named.isEmpty() && random.nextInt(3) == 0) {
                    who = named.get(random.nextInt(named.size()));
                    text = surname(people.get(who));
                } else {
                    who = (int) (people.size() * Math.pow(random.nextDouble(), 1.5));
                    text = personForm(people.get(who));
                    named.add(who);
                }
                entity = "P" + who;
            } else {
                int which = (int) (organisations.size() * Math.pow(random.nextDouble(), 1.5));
                text = variant(organisation(which));
                entity = "O" + which;
            }
            inDocument.add(new MentionView(document + ":" + offset, document, person ? "PERSON" : "ORGANIZATION", text,
                    offset, offset + text.length(), false));
            entities.add(entity);
            offset += text.length() + 20 + random.nextInt(200);
        }
        return new Document(document, inDocument, entities);
    }

    private String personForm(String[] person) {
        if (person[3].equals("zh")) {
            // Family name first, as written in China; now and then turned round, as abroad.
            String family = capitalise(person[2]);
            String given = capitalise(person[0]);
            return random.nextInt(5) == 0 ? given + " " + family : family + " " + given;
        }
        String first = capitalise(spelling(person[0]));
        List<String> nicknames = NameForms.NICKNAMES.get(person[0]);
        if (nicknames != null && random.nextInt(4) == 0) {
            first = capitalise(pick(nicknames));
        }
        String surname = surname(person);
        String name = switch (random.nextInt(10)) {
            case 0 -> first.charAt(0) + ". " + surname;
            case 1 -> first + " " + person[1].toUpperCase(Locale.ROOT) + ". " + surname;
            case 2 -> TITLES[random.nextInt(TITLES.length)] + " " + first + " " + surname;
            default -> first + " " + surname;
        };
        return variant(name);
    }

    /** The name a person is called by alone: the family name, spelt one of its ways. */
    private String surname(String[] person) {
        return capitalise(spelling(person[2]));
    }

    /** An organisation with its legal form spelt one of its ways, or left out. */
    private String organisation(int which) {
        List<String> forms = legalForms.get(which);
        if (forms.isEmpty() || random.nextInt(5) == 0) {
            return organisations.get(which);
        }
        return organisations.get(which) + " " + pick(forms);
    }

    private String spelling(String name) {
        List<String> spellings = NameForms.spellings(name);
        return spellings.size() == 1 ? name : pick(spellings);
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Now and then a typo (a letter doubled, dropped or swapped) or a diacritic. */
    private String variant(String name) {
        int roll = random.nextInt(20);
        if (roll >= 3 || name.length() < 6) {
            return name;
        }
        int at = 2 + random.nextInt(name.length() - 3);
        char c = name.charAt(at);
        if (!Character.isLetter(c)) {
            return name;
        }
        return switch (roll) {
            case 0 -> name.substring(0, at) + c + name.substring(at);
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            default -> name.substring(0, at) + ACCENTS.getOrDefault(c, c) + name.substring(at + 1);
        };
    }

    private String syllables(int count) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < count; i++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
        }
        return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
    }

    /** Each word of a name with a capital ("Abdul Rahman", "Hsiao-ping"). */
    private static String capitalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (String word : name.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
