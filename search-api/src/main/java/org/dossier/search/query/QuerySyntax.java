package org.dossier.search.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates what people type (AND, OR, NOT between words, "phrases", -word) into Elasticsearch's
 * simple query string, which reads {@code +}, {@code |} and {@code -} instead and never fails
 * on odd input. Operators inside quotes are left alone.
 */
final class QuerySyntax {

    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"?|\\S+");

    private QuerySyntax() {
    }

    static String toSimpleQueryString(String query) {
        StringBuilder out = new StringBuilder();
        boolean negateNext = false;
        Matcher tokens = TOKEN.matcher(query);
        while (tokens.find()) {
            String token = tokens.group();
            switch (token) {
                case "OR" -> append(out, "|");
                case "AND" -> append(out, "+");
                case "NOT" -> negateNext = true;
                default -> {
                    append(out, negateNext ? "-" + token : token);
                    negateNext = false;
                }
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String token) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(token);
    }
}
