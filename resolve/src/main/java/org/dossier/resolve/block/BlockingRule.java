package org.dossier.resolve.block;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.commons.codec.language.DoubleMetaphone;

import org.dossier.resolve.normalize.NameNormalizer;
import org.dossier.resolve.record.Record;

/**
 * Which records are worth comparing: those with the same key. A record without a key (a value
 * the rule needs is missing) is in no block of this rule.
 *
 * @param name what the rule is, for reports
 * @param fields the fields it looks at: learning from its pairs says nothing about them
 * @param key a record's block, or null
 */
public record BlockingRule(String name, List<String> fields, Function<Record, String> key) {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    /** Records with the same folded values of all these fields. */
    public static BlockingRule on(String... fields) {
        return new BlockingRule(String.join("+", fields), List.of(fields), record -> {
            StringBuilder key = new StringBuilder();
            for (String field : fields) {
                String value = record.value(field);
                if (value == null) {
                    return null;
                }
                key.append(fold(value)).append('|');
            }
            return key.toString();
        });
    }

    /** Records whose field sounds the same (Double Metaphone of its first word) and whose other field is the same. */
    public static BlockingRule soundsAlike(String field, String other) {
        return new BlockingRule("sound(" + field + ")+" + other, List.of(field, other), record -> {
            String value = record.value(field);
            String second = record.value(other);
            if (value == null || second == null) {
                return null;
            }
            String[] words = NameNormalizer.words(value);
            return METAPHONE.doubleMetaphone(words[0]) + "|" + fold(second);
        });
    }

    /** Records whose fields start alike: the first {@code length} letters of each. */
    public static BlockingRule prefixes(int length, String... fields) {
        return new BlockingRule("prefix" + length + "(" + String.join("+", fields) + ")", List.of(fields), record -> {
            StringBuilder key = new StringBuilder();
            for (String field : fields) {
                String value = record.value(field);
                if (value == null) {
                    return null;
                }
                String folded = fold(value).replace(" ", "");
                key.append(folded, 0, Math.min(length, folded.length())).append('|');
            }
            return key.toString();
        });
    }

    /**
     * The value's words, folded as names are, joined by a space. The values of the block rules are
     * most often so already (words of ASCII letters and digits, one space apart), which folding
     * only puts in lower case: they skip the normaliser, which costs more than the rest of
     * blocking on millions of names.
     */
    static String fold(String value) {
        return isPlainWords(value) ? value.toLowerCase(Locale.ROOT) : String.join(" ", NameNormalizer.words(value));
    }

    private static boolean isPlainWords(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean letterOrDigit = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!letterOrDigit && (c != ' ' || i == 0 || i == value.length() - 1 || value.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
