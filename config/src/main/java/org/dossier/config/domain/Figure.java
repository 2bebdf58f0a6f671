package org.dossier.config.domain;

/**
 * A figure found in a document's text.
 *
 * @param type money, percent or number
 * @param text the figure as written
 * @param start offset of its first character in the document text
 * @param end offset just past its last character
 * @param value its normalised value: money in the currency's main unit (50 cents is 0.5)
 * @param currency ISO 4217 code for money when the text settles it, else null
 * @param unit the unit as named (dollar, cent, pound, percent, percentage point), or null
 */
public record Figure(String type, String text, int start, int end, double value, String currency, String unit) {

    public static final String MONEY = "money";
    public static final String PERCENT = "percent";
    public static final String NUMBER = "number";
}
