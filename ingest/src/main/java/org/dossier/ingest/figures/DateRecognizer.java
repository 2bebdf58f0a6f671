package org.dossier.ingest.figures;

import static org.dossier.ingest.figures.NumberRecognizer.is;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dossier.config.domain.Figure;

/**
 * Dates: absolute (December 21, 2022; 21 December 2022; 2022-12-21), partial (March 27;
 * November 2023) and relative (last year; in November of last year; yesterday), the partial and
 * relative ones resolved against the publication date. Without one they are left out.
 */
final class DateRecognizer {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "until", "by", "from", "during",
            "before", "after", "through");

    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        for (int m = 0; m < names.length; m++) {
            MONTHS.put(names[m], m + 1);
            if (m != 4) {
                MONTHS.put(names[m].substring(0, 3), m + 1);
                MONTHS.put(names[m].substring(0, 3) + ".", m + 1);
            }
        }
        MONTHS.put("sept", 9);
        MONTHS.put("sept.", 9);
    }

    private DateRecognizer() {
    }

    static Optional<FigureMatch> at(List<Token> tokens, int i, LocalDate published) {
        Token token = tokens.get(i);
        String word = token.lower();
        if (token.text().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return date(i, i, parse(token.text()));
        }
        Integer month = MONTHS.get(word);
        if (month != null && Character.isUpperCase(token.text().charAt(0))) {
            return monthFirst(tokens, i, month, published);
        }
        if (token.isDigits() && token.text().matches("\\d{1,2}") && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            Integer m = MONTHS.get(next.lower());
            if (m != null && Character.isUpperCase(next.text().charAt(0))) {
                int day = Integer.parseInt(token.text());
                Integer year = yearAt(tokens, i + 2);
                if (year != null) {
                    return date(i, i + 2, safeDate(year, m, day));
                }
                return published == null ? Optional.empty() : date(i, i + 1, nearest(published, m, day));
            }
        }
        if (token.text().matches("(19|20)\\d{2}") && i > 0 && YEAR_PREPOSITIONS.contains(tokens.get(i - 1).lower())
                && !is(tokens, i + 1, "%")) {
            return Optional.of(dateMatch(i, i, token.text()));
        }
        if (published != null) {
            return relative(tokens, i, published);
        }
        return Optional.empty();
    }

    // December 21, 2022 | December 2022 | March 27 | November of last year
    private static Optional<FigureMatch> monthFirst(List<Token> tokens, int i, int month, LocalDate published) {
        Integer year = yearAt(tokens, i + 1);
        if (year != null) {
            return Optional.of(dateMatch(i, i + 1, YearMonth.of(year, month).toString()));
        }
        if (i + 1 < tokens.size() && tokens.get(i + 1).text().matches("\\d{1,2}")) {
            int day = Integer.parseInt(tokens.get(i + 1).text());
            int yearAt = is(tokens, i + 2, ",") ? i + 3 : i + 2;
            Integer explicit = yearAt(tokens, yearAt);
            if (explicit != null) {
                return date(i, yearAt, safeDate(explicit, month, day));
            }
            return published == null ? Optional.empty() : date(i, i + 1, nearest(published, month, day));
        }
        if (published != null && is(tokens, i + 1, "of") && is(tokens, i + 3, "year")) {
            Integer offset = yearOffset(tokens.get(i + 2).lower());
            if (offset != null) {
                return Optional.of(dateMatch(i, i + 3,
                        YearMonth.of(published.getYear() + offset, month).toString()));
            }
        }
        if (published != null && is(tokens, i + 2, "year") && yearOffset(tokens.get(i + 1).lower()) != null) {
            int relativeYear = published.getYear() + yearOffset(tokens.get(i + 1).lower());
            return Optional.of(dateMatch(i, i + 2, YearMonth.of(relativeYear, month).toString()));
        }
        return Optional.empty();
    }

    // last year, this month, yesterday, last November
    private static Optional<FigureMatch> relative(List<Token> tokens, int i, LocalDate published) {
        String word = tokens.get(i).lower();
        if (i > 0 && Character.isUpperCase(tokens.get(i).text().charAt(0))
                && Character.isUpperCase(tokens.get(i - 1).text().charAt(0))) {
            return Optional.empty();   // part of a name: "Politics Today", "Last Year's Man"
        }
        if (word.equals("yesterday")) {
            return Optional.of(dateMatch(i, i, published.minusDays(1).toString()));
        }
        if (word.equals("today")) {
            return Optional.of(dateMatch(i, i, published.toString()));
        }
        Integer offset = yearOffset(word);
        if (offset == null || i + 1 >= tokens.size()) {
            return Optional.empty();
        }
        String unit = tokens.get(i + 1).lower();
        if (unit.equals("year")) {
            return Optional.of(dateMatch(i, i + 1, String.valueOf(published.getYear() + offset)));
        }
        if (unit.equals("month")) {
            return Optional.of(dateMatch(i, i + 1, YearMonth.from(published).plusMonths(offset).toString()));
        }
        Integer month = MONTHS.get(unit);
        if (month != null && offset == -1) {
            YearMonth last = YearMonth.of(published.getYear(), month);
            return Optional.of(dateMatch(i, i + 1,
                    (last.isBefore(YearMonth.from(published)) ? last : last.minusYears(1)).toString()));
        }
        return Optional.empty();
    }

    private static Integer yearOffset(String word) {
        return switch (word) {
            case "last", "previous" -> -1;
            case "this", "current" -> 0;
            case "next" -> 1;
            default -> null;
        };
    }

    private static Integer yearAt(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).text().matches("(1[5-9]|20)\\d{2}")) {
            return Integer.parseInt(tokens.get(k).text());
        }
        return null;
    }

    /** A day and month without a year: the publication year, or the one before if that lies well ahead. */
    private static LocalDate nearest(LocalDate published, int month, int day) {
        LocalDate date = safeDate(published.getYear(), month, day);
        if (date != null && date.isAfter(published.plusMonths(2))) {
            return safeDate(published.getYear() - 1, month, day);
        }
        return date;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate parse(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Optional<FigureMatch> date(int first, int last, LocalDate date) {
        return date == null ? Optional.empty() : Optional.of(dateMatch(first, last, date.toString()));
    }

    private static FigureMatch dateMatch(int first, int last, String iso) {
        return new FigureMatch(Figure.DATE, first, last, null, null, null, null, null, null, null, false, iso);
    }
}
