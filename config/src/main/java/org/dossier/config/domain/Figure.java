package org.dossier.config.domain;

/**
 * A figure found in a document's text: an amount of money, a percentage, a count of something,
 * or a date.
 *
 * @param type money, percent, count or date
 * @param text the figure as written
 * @param start offset of its first character in the document text
 * @param end offset just past its last character
 * @param value its normalised value (money in the currency's main unit: 50 cents is 0.5); the
 *              low end of a range or of a vague quantity; null for dates
 * @param valueMax the high end of a range ("$2 trillion to $3 trillion") or of a vague quantity
 *                 ("thousands of": 1,000 to 1,000,000), else null
 * @param currency ISO 4217 code for money when the text settles it, else null
 * @param unit the unit as named: dollar, cent, pound, percent, percentage point; null for counts
 * @param counted what a count counts, as written ("individuals", "suspects")
 * @param qualifier more-than, less-than, up-to, at-least, about, nearly or estimated, else null
 * @param period year, month, week, day or hour for rates ("annually"), else null
 * @param vague true for quantities such as "thousands of" or "millions of"
 * @param date for dates, ISO yyyy-MM-dd, yyyy-MM or yyyy, resolved against the publication date
 * @param convertedFrom for an amount given in brackets as a conversion of another ("S$3 billion
 *                      ($2.23 billion)"), the start offset of that other amount
 */
public record Figure(String type, String text, int start, int end, Double value, Double valueMax,
                     String currency, String unit, String counted, String qualifier, String period,
                     boolean vague, String date, Integer convertedFrom) {

    public static final String MONEY = "money";
    public static final String PERCENT = "percent";
    public static final String COUNT = "count";
    public static final String DATE = "date";
    /** Any number, whatever it measures; only {@code FigureExtractor.numbers} returns these. */
    public static final String NUMBER = "number";
}
