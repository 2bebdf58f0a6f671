package org.dossier.ingest.figures;

import java.util.HashMap;
import java.util.Map;

/**
 * Currency names, symbols and codes, with the ISO 4217 code each settles (null where the name
 * alone does not, as "franc") and the size of a minor unit (a cent is 0.01 of a dollar).
 */
final class Currencies {

    /**
     * @param iso ISO 4217 code, or null when ambiguous
     * @param unit the unit as named, in the singular
     * @param factor how many main units one of it is (0.01 for a cent)
     */
    record Currency(String iso, String unit, double factor) {
    }

    /** Symbols written before or after the amount. */
    static final Map<String, Currency> SYMBOLS = new HashMap<>();
    /** Letters glued to "$": US$, HK$, S$, C$. */
    static final Map<String, Currency> DOLLAR_PREFIXES = new HashMap<>();
    /** Words and codes, as one or two lower-case words: "dollars", "us dollar", "finnish markka", "usd". */
    static final Map<String, Currency> NAMES = new HashMap<>();

    static {
        Currency usd = new Currency("USD", "dollar", 1);
        SYMBOLS.put("$", usd);
        SYMBOLS.put("€", new Currency("EUR", "euro", 1));
        SYMBOLS.put("£", new Currency("GBP", "pound", 1));
        SYMBOLS.put("¥", new Currency("JPY", "yen", 1));
        SYMBOLS.put("元", new Currency("CNY", "yuan", 1));
        SYMBOLS.put("₹", new Currency("INR", "rupee", 1));
        SYMBOLS.put("₽", new Currency("RUB", "rouble", 1));
        SYMBOLS.put("₩", new Currency("KRW", "won", 1));
        SYMBOLS.put("₺", new Currency("TRY", "lira", 1));
        SYMBOLS.put("₪", new Currency("ILS", "shekel", 1));
        SYMBOLS.put("₡", new Currency("CRC", "colon", 1));
        SYMBOLS.put("₾", new Currency("GEL", "lari", 1));
        SYMBOLS.put("₭", new Currency("LAK", "kip", 1));
        SYMBOLS.put("₦", new Currency("NGN", "naira", 1));
        SYMBOLS.put("₱", new Currency("PHP", "peso", 1));
        SYMBOLS.put("₫", new Currency("VND", "dong", 1));
        SYMBOLS.put("₿", new Currency("BTC", "bitcoin", 1));

        String[][] dollars = {{"us", "USD"}, {"u.s", "USD"}, {"u.s.", "USD"}, {"usd", "USD"}, {"s", "SGD"},
                {"sgd", "SGD"}, {"hk", "HKD"}, {"hkd", "HKD"}, {"c", "CAD"}, {"ca", "CAD"}, {"can", "CAD"},
                {"cad", "CAD"}, {"a", "AUD"}, {"au", "AUD"}, {"aud", "AUD"}, {"nz", "NZD"}, {"nzd", "NZD"},
                {"nt", "TWD"}, {"r", "BRL"}, {"mx", "MXN"}};
        for (String[] d : dollars) {
            DOLLAR_PREFIXES.put(d[0], new Currency(d[1], "dollar", 1));
        }

        name(usd, "dollar", "dollars", "us dollar", "us dollars", "u.s. dollars", "usd", "american dollars");
        name(new Currency("USD", "cent", 0.01), "cent", "cents");
        name(new Currency("EUR", "euro", 1), "euro", "euros", "eur");
        name(new Currency("EUR", "cent", 0.01), "euro cents");
        name(new Currency("GBP", "pound", 1), "pound", "pounds", "pounds sterling", "sterling", "gbp");
        name(new Currency("GBP", "pence", 0.01), "pence", "penny", "p");
        name(new Currency("JPY", "yen", 1), "yen", "jpy");
        name(new Currency("JPY", "sen", 0.01), "sen");
        name(new Currency("CNY", "yuan", 1), "yuan", "chinese yuan", "renminbi", "rmb", "cny");
        name(new Currency(null, "franc", 1), "franc", "francs");
        name(new Currency("CHF", "franc", 1), "swiss franc", "swiss francs", "chf");
        name(new Currency("FIM", "finnish markka", 1), "finnish markka", "markka", "markkaa");
        name(new Currency("ESP", "peseta", 1), "peseta", "pesetas");
        name(new Currency("INR", "rupee", 1), "rupee", "rupees", "inr", "indian rupees");
        name(new Currency("TRY", "lira", 1), "turkish lira");   // not "try": a verb
        name(new Currency("RUB", "rouble", 1), "rouble", "roubles", "ruble", "rubles", "rub");
        name(new Currency("SGD", "dollar", 1), "singapore dollars", "singapore dollar", "sgd");
        name(new Currency("HKD", "dollar", 1), "hong kong dollars", "hkd");
        name(new Currency("CAD", "dollar", 1), "canadian dollars", "cad");
        name(new Currency("AUD", "dollar", 1), "australian dollars", "aud");
        name(new Currency("NZD", "dollar", 1), "nzd");
        name(new Currency("KRW", "won", 1), "korean won", "krw");   // not "won": a verb
        name(new Currency("MXN", "peso", 1), "mexican pesos", "mxn");
        name(new Currency(null, "peso", 1), "peso", "pesos");
        name(new Currency("BRL", "real", 1), "reais", "brl");
        name(new Currency("ZAR", "rand", 1), "rand", "zar");
        name(new Currency("SEK", "krona", 1), "swedish kronor", "sek");
        name(new Currency("NOK", "krone", 1), "norwegian kroner", "nok");
        name(new Currency("DKK", "krone", 1), "danish kroner", "dkk");
        name(new Currency("AED", "dirham", 1), "dirhams", "aed");
        name(new Currency("SAR", "riyal", 1), "saudi riyals", "riyals");   // not "SAR": a suspicious activity report
        name(new Currency("ILS", "shekel", 1), "shekels", "ils");
        name(new Currency("NGN", "naira", 1), "naira", "ngn");
        name(new Currency("BTC", "bitcoin", 1), "bitcoin", "bitcoins", "btc");
        name(new Currency("BTC", "satoshi", 1e-8), "satoshi", "satoshis");
    }

    /** A symbol or an upper-case code that can stand before an amount: $, €, GBP. */
    static boolean isPrefix(Token token) {
        String word = token.lower();
        return SYMBOLS.containsKey(word) || word.length() == 3 && NAMES.containsKey(word)
                && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT));
    }

    private static void name(Currency currency, String... names) {
        for (String n : names) {
            NAMES.put(n, currency);
        }
    }

    private Currencies() {
    }
}
