package org.dossier.ingest.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into the tokens figures are made of: numbers as written (with thousands
 * separators, decimals and exponents), words, number-letter blends such as {@code 10k} or
 * {@code 115USD}, and single symbols. Web addresses stay whole, so the digits in them are not
 * read as figures. Each token keeps the kind of gap before it: line breaks, tabs and runs of
 * spaces are where table cells and lines meet, and numbers side by side are not joined across them.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(String.join("|",
            "(?:https?://|www\\.)\\S+",
            "\\d{4}-\\d{2}-\\d{2}(?!\\d)",                            // 2024-03-27
            "\\d+(?:\\.\\d+){2,}",                                   // 192.168.1.2: split later
            "\\d+(?:\\.\\d+)?[eE][+-]?\\d+(?![\\w])",               // 12.32e+14
            "\\d[\\d,]*(?:\\.\\d+)?[\\p{L}]+",                       // 10k, 2mil, 180.25ml, 4th
            "\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?(?![\\d,]\\d)",       // 1,234,567.89 and 12,34,567
            "\\d{1,3}(?: \\d{3})+(?![\\d])",                         // 1 414 021 100
            "\\d+(?:\\.\\d+)?",
            "\\.\\d+",
            "\\p{L}(?:\\.\\p{L})+\\.?",                              // u.s, u.s.
            "\\p{L}+(?:'\\p{L}+)?",
            "\\S"));

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            Token.Gap gap = tokens.isEmpty() ? Token.Gap.SPACE : gap(text.substring(last, m.start()));
            tokens.add(new Token(m.group(), m.start(), m.end(), gap));
            last = m.end();
        }
        return tokens;
    }

    /** The kind of whitespace between two tokens (everything between tokens is whitespace). */
    static Token.Gap gap(String whitespace) {
        long lineBreaks = whitespace.replace("\r\n", "\n").chars()
                .filter(c -> c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085').count();
        if (whitespace.indexOf('\t') >= 0 || whitespace.indexOf('\f') >= 0 || whitespace.indexOf('\u000B') >= 0) {
            return Token.Gap.CELL;
        }
        if (lineBreaks == 1 || whitespace.length() >= 2) {
            return Token.Gap.BREAK;
        }
        return whitespace.isEmpty() ? Token.Gap.NONE : Token.Gap.SPACE;
    }
}
