package org.dossier.resolve.block;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.codec.language.DoubleMetaphone;

import org.dossier.config.domain.NameKey;
import org.dossier.resolve.group.NameGroup;
import org.dossier.resolve.normalize.NameKind;
import org.dossier.resolve.record.Record;

/**
 * The block phase: the pairs of names worth scoring are those of one type that share their words
 * sorted, their surname and first initial, how the surname sounds with that initial, or an
 * organisation's acronym ("International Criminal Police Organization" and "ICPO" meet).
 */
public final class NameBlocking {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();
    private static final List<String> SMALL_WORDS = List.of("of", "the", "and", "for");

    private NameBlocking() {
    }

    /** The candidate pairs, as indices into the groups; blocks of more than {@code maxBlock} names are left out. */
    public static Blocker.Candidates candidates(List<NameGroup> groups, int maxBlock) {
        return blocks(groups, maxBlock).pairs(0, 1);
    }

    /** The blocks, for their pairs to be made a part at a time. */
    public static Blocker.Blocks blocks(List<NameGroup> groups, int maxBlock) {
        return Blocker.blocks(groups.stream().map(NameBlocking::record).toList(), rules(), maxBlock);
    }

    /** The fields the rules read: the words sorted, the surname and initial, their sound, the acronym. */
    static Record record(NameGroup group) {
        List<String> words = group.name().tokens();
        Map<String, String> fields = new HashMap<>();
        fields.put("type", NameKey.type(group.key()));
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            fields.put("sorted", String.join(" ", words.stream().sorted().toList()));
            fields.put("surname", last + " " + words.get(0).charAt(0));
            fields.put("sound", METAPHONE.doubleMetaphone(last) + " " + words.get(0).charAt(0));
            fields.put("acronym", acronym(group));
        }
        return new Record(group.key(), fields);
    }

    /** An organisation's initials, or its one word. */
    private static String acronym(NameGroup group) {
        List<String> words = group.name().tokens();
        if (group.name().kind() != NameKind.ORGANIZATION) {
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        StringBuilder initials = new StringBuilder();
        words.stream().filter(w -> !SMALL_WORDS.contains(w)).forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }

    private static List<BlockingRule> rules() {
        Function<String, BlockingRule> on = field -> BlockingRule.on("type", field);
        return List.of(on.apply("sorted"), on.apply("surname"), on.apply("sound"), on.apply("acronym"));
    }
}
