package org.dossier.search.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads request parameters typed by people, with errors that name the parameter and the form expected. */
public final class Params {

    private Params() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        // Four-digit years only: a date such as +999999999-12-31 parses, then overflows the next day.
        if (!text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new BadSearchRequestException(name + " must be a date as yyyy-MM-dd, yyyy-MM or yyyy, was '"
                    + text + "'");
        }
        try {
            if (text.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(text), 1, 1);
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(text + "-01");
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadSearchRequestException(name + " must be a date as yyyy-MM-dd, yyyy-MM or yyyy, was '"
                    + text + "'");
        }
    }

    /** The last day a date parameter covers: "2023" up to 2023-12-31, "2023-02" up to 2023-02-28. */
    public static LocalDate endDate(String name, String value) {
        LocalDate start = date(name, value);
        if (start == null) {
            return null;
        }
        String text = value.strip();
        if (text.length() == 4) {
            return start.withDayOfYear(start.lengthOfYear());
        }
        return text.length() == 7 ? start.withDayOfMonth(start.lengthOfMonth()) : start;
    }

    /** A number, with the scale words people use: 1e9, 1,000,000, 1.5bn, 3 million. */
    public static Double number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().toLowerCase(Locale.ROOT).replace(",", "").replace("_", "");
        double scale = 1;
        String[][] words = {{"trillion", "1e12"}, {"tn", "1e12"}, {"billion", "1e9"}, {"bn", "1e9"},
            {"million", "1e6"}, {"mn", "1e6"}, {"m", "1e6"}, {"thousand", "1e3"}, {"k", "1e3"}};
        for (String[] word : words) {
            if (text.endsWith(word[0]) && text.length() > word[0].length()) {
                scale = Double.parseDouble(word[1]);
                text = text.substring(0, text.length() - word[0].length()).strip();
                break;
            }
        }
        try {
            double number = Double.parseDouble(text) * scale;
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadSearchRequestException(name + " must be a number such as 1000000, 1.5bn or 3 million, was '"
                    + value.strip() + "'");
        }
    }

    /** Ids are made by the jobs: content hashes and names' keys, far shorter than this. */
    public static final int MAX_ID_LENGTH = 200;
    /** A filter's value: a site, a place, a counted noun; longer ones are no value anyone typed. */
    public static final int MAX_VALUE_LENGTH = 200;

    /**
     * A free-text filter value, stripped, null when blank; one over {@code max} characters is a
     * mistake named here rather than a query too large for Elasticsearch.
     */
    public static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new BadSearchRequestException(name + " is " + text.length() + " characters long; the limit is " + max);
        }
        return text;
    }

    /** An id of a document, entity or mention, as the path or a parameter gives it. */
    public static String id(String name, String value) {
        String id = text(name, value, MAX_ID_LENGTH);
        if (id == null) {
            throw new BadSearchRequestException(name + " must not be empty");
        }
        return id;
    }

    public static DocumentQuery.Sort sort(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DocumentQuery.Sort.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadSearchRequestException("sort must be relevance, newest or oldest, was '" + value.strip() + "'");
        }
    }

    public static int size(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadSearchRequestException("size must be a whole number, was '" + value.strip() + "'");
        }
    }
}
