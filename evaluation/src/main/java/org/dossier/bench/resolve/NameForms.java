package org.dossier.bench.resolve;

import java.util.List;
import java.util.Map;

/**
 * The other ways news writes one name: a given name's nicknames, a name's transliterations from
 * another script, and a legal form's long and short spellings. Small tables of common forms:
 * enough that a benchmark meets them as often as news does, not a resource for resolving.
 */
final class NameForms {

    /** Given names whose bearers are often called by another. */
    static final Map<String, List<String>> NICKNAMES = Map.ofEntries(
            Map.entry("william", List.of("bill", "will", "billy")),
            Map.entry("robert", List.of("bob", "rob", "bobby")),
            Map.entry("richard", List.of("dick", "rick", "rich")),
            Map.entry("james", List.of("jim", "jimmy")),
            Map.entry("michael", List.of("mike", "mick")),
            Map.entry("thomas", List.of("tom", "tommy")),
            Map.entry("joseph", List.of("joe", "joey")),
            Map.entry("elizabeth", List.of("liz", "beth", "betty")),
            Map.entry("margaret", List.of("maggie", "peggy", "meg")),
            Map.entry("katherine", List.of("kate", "kathy", "katie")),
            Map.entry("alexander", List.of("alex", "sasha")),
            Map.entry("daniel", List.of("dan", "danny")),
            Map.entry("edward", List.of("ed", "ted", "eddie")),
            Map.entry("anthony", List.of("tony")),
            Map.entry("samuel", List.of("sam")),
            Map.entry("rebecca", List.of("becky")),
            Map.entry("charles", List.of("charlie", "chuck")),
            Map.entry("patricia", List.of("pat", "trish")),
            Map.entry("jennifer", List.of("jen", "jenny")),
            Map.entry("christopher", List.of("chris")));

    /** Names written from Arabic, Cyrillic or Chinese script, each in the spellings news uses. */
    static final List<List<String>> TRANSLITERATIONS = List.of(
            List.of("mohammed", "muhammad", "mohamed", "mohammad"),
            List.of("youssef", "yusuf", "yousef"),
            List.of("hussein", "husain", "hussain"),
            List.of("abdulrahman", "abdul rahman", "abdel rahman"),
            List.of("qaddafi", "gaddafi", "kadhafi"),
            List.of("sergei", "sergey"),
            List.of("aleksandr", "alexandr", "aleksander"),
            List.of("andrei", "andrey"),
            List.of("yuri", "yury", "iouri"),
            List.of("tchaikovsky", "chaikovsky"),
            List.of("khrushchev", "khrushchov"),
            List.of("zhou", "chou"),
            List.of("qing", "ching"),
            List.of("xiaoping", "hsiao-ping"));

    /** Given names of the transliterated kind, for people who bear them. */
    static final List<String> TRANSLITERATED_GIVEN = List.of("mohammed", "youssef", "hussein", "abdulrahman",
            "sergei", "aleksandr", "andrei", "yuri");

    /** Surnames of the transliterated kind. */
    static final List<String> TRANSLITERATED_FAMILY = List.of("qaddafi", "tchaikovsky", "khrushchev", "zhou");

    /** Chinese names, written family name first; news abroad sometimes turns them round. */
    static final List<String> CHINESE_FAMILY = List.of("xi", "li", "wang", "zhang", "liu", "chen", "yang",
            "huang", "zhao", "wu", "zhou", "sun", "ma", "hu", "guo", "he", "lin", "gao");
    static final List<String> CHINESE_GIVEN = List.of("jinping", "keqiang", "qishan", "yang", "wei", "ming",
            "xiaoping", "jianguo", "lihua", "xiuying", "zhiwei", "haoran", "yifan", "qing", "dongmei");

    /** A legal form's spellings: the same company writes itself one way, the press another. */
    static final List<List<String>> LEGAL_FORMS = List.of(
            List.of("Ltd", "Limited", "Ltd."),
            List.of("Inc.", "Incorporated", "Inc"),
            List.of("Corp.", "Corporation"),
            List.of("Co.", "Company"),
            List.of("LLC", "L.L.C."),
            List.of("plc", "PLC", "Public Limited Company"),
            List.of("AG", "Aktiengesellschaft"),
            List.of("S.A.", "SA"));

    private NameForms() {
    }

    /** The spellings of a name that has several, or just the name. */
    static List<String> spellings(String name) {
        for (List<String> forms : TRANSLITERATIONS) {
            if (forms.contains(name)) {
                return forms;
            }
        }
        return List.of(name);
    }
}
