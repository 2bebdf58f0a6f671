package org.dossier.ingest.figures;

import static org.dossier.ingest.figures.NumberRecognizer.attached;
import static org.dossier.ingest.figures.NumberRecognizer.is;
import static org.dossier.ingest.figures.NumberRecognizer.tight;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.dossier.config.domain.Figure;
import org.dossier.ingest.figures.Currencies.Currency;

/**
 * Money: a number with a currency before it ($ 75 million, HK$ 10.05 billion, GBP 350, €10) or
 * after it (420 million finnish markka, 50 cents, 115USD, 120 MEUR), and amounts in two units
 * (3 dollars 50 cents, thirteen dollars and forty-five cents).
 */
final class MoneyRecognizer {

    private static final Set<String> STANDALONE_LETTERS = Set.of("a", "s");

    private MoneyRecognizer() {
    }

    static Optional<FigureMatch> at(List<Token> tokens, int i) {
        Optional<FigureMatch> prefixed = prefixed(tokens, i);
        return prefixed.isPresent() ? prefixed : suffixed(tokens, i);
    }

    // $ 75 million, us $ 10 billion, hk$ 10.05 billion, gbp 350
    private static Optional<FigureMatch> prefixed(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = token.lower();
        Currency currency = null;
        int numberAt = i + 1;
        if (Currencies.SYMBOLS.containsKey(word)) {
            currency = Currencies.SYMBOLS.get(word);
        } else if (is(tokens, i + 1, "$") && tight(tokens, i + 1) && Currencies.DOLLAR_PREFIXES.containsKey(word)
                && (!tokens.get(i + 1).spaceBefore() || !STANDALONE_LETTERS.contains(word))) {
            // A letter that is also a word of its own ("a $5 fee", the "s" of a split-off possessive)
            // prefixes "$" only when glued to it: A$5, S$5.
            currency = Currencies.DOLLAR_PREFIXES.get(word);
            numberAt = i + 2;
        } else if (word.length() == 3 && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT))
                && Currencies.NAMES.containsKey(word)) {
            currency = Currencies.NAMES.get(word);   // GBP 350
        }
        if (currency == null || !attached(tokens, numberAt) || !tokens.get(numberAt).isDigits()) {
            return Optional.empty();
        }
        Optional<NumberMatch> number = NumberRecognizer.at(tokens, numberAt, true);
        if (number.isEmpty() || number.get().suffix() != null) {
            return Optional.empty();
        }
        int last = number.get().last();
        Named repeated = attached(tokens, last + 1) ? named(tokens, last + 1) : null;   // $ 10 dollars
        if (repeated != null && repeated.scale() == 1 && repeated.currency().unit().equals(currency.unit())
                && !Currencies.SYMBOLS.containsKey(tokens.get(repeated.last()).lower())) {
            last = repeated.last();
        }
        FigureMatch money = money(i, last, number.get().value(), currency);
        return Optional.of(withMinorPart(tokens, money, currency));
    }

    // 420 million finnish markka, 50 cents, 10 $, 115usd, 75 usd million, one-yen
    private static Optional<FigureMatch> suffixed(List<Token> tokens, int i) {
        Optional<NumberMatch> found = NumberRecognizer.at(tokens, i, true);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NumberMatch number = found.get();
        double value = number.value();
        Currency currency;
        int last;
        if (number.suffix() != null) {
            String suffix = number.suffix();
            currency = Currencies.NAMES.containsKey(suffix) ? Currencies.NAMES.get(suffix)
                    : Currencies.SYMBOLS.get(suffix);
            if (currency == null && suffix.length() == 4 && suffix.startsWith("m")
                    && Currencies.NAMES.containsKey(suffix.substring(1))) {
                currency = Currencies.NAMES.get(suffix.substring(1));   // 120MEUR
                value *= 1e6;
            }
            last = number.last();
        } else {
            boolean hyphen = is(tokens, number.last() + 1, "-") && tight(tokens, number.last() + 1);
            int at = hyphen ? number.last() + 2 : number.last() + 1;
            Named named = (hyphen ? tight(tokens, at) : attached(tokens, at)) ? named(tokens, at) : null;
            // A symbol glued to the next number is that number's prefix: 1 $10. A year takes no
            // symbol after it: "2006 $ 25 million" is a year and an amount.
            if (named == null || named.last() == at && Currencies.SYMBOLS.containsKey(tokens.get(at).lower())
                    && (tokens.get(at).spaceBefore() && at + 1 < tokens.size() && tokens.get(at + 1).isDigits()
                        && !tokens.get(at + 1).spaceBefore()
                        || tokens.get(number.first()).isBareYear() && number.first() == number.last())) {
                return Optional.empty();
            }
            currency = named.currency();
            value *= named.scale();
            last = named.last();
        }
        if (currency == null) {
            return Optional.empty();
        }
        // 75 usd million
        if (attached(tokens, last + 1) && NumberWords.SCALES.containsKey(tokens.get(last + 1).lower())) {
            value *= NumberWords.SCALES.get(tokens.get(last + 1).lower());
            last++;
        }
        FigureMatch money = money(number.first(), last, value * currency.factor(), currency);
        return Optional.of(withMinorPart(tokens, money, currency));
    }

    private record Named(Currency currency, double scale, int last) {
    }

    /** A currency named at token {@code at}: a symbol, one or two words, or m + code (120 meur). */
    private static Named named(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return null;
        }
        String word = tokens.get(at).lower();
        if (at + 1 < tokens.size()) {
            Currency two = Currencies.NAMES.get(word + " " + tokens.get(at + 1).lower());
            if (two != null) {
                return new Named(two, 1, at + 1);
            }
        }
        if (Currencies.NAMES.containsKey(word) && !word.equals("p")) {
            return new Named(Currencies.NAMES.get(word), 1, at);
        }
        if (Currencies.SYMBOLS.containsKey(word)) {
            return new Named(Currencies.SYMBOLS.get(word), 1, at);
        }
        if (word.length() == 4 && word.startsWith("m") && Currencies.NAMES.containsKey(word.substring(1))) {
            return new Named(Currencies.NAMES.get(word.substring(1)), 1e6, at);
        }
        return null;
    }

    /** 3 dollars 50 cents, thirteen dollars and forty-five cents, 17 usd 25, c $ 100 and fifty. */
    private static FigureMatch withMinorPart(List<Token> tokens, FigureMatch money, Currency currency) {
        if (currency.factor() != 1 || money.value() != Math.rint(money.value())) {
            return money;
        }
        boolean and = is(tokens, money.last() + 1, "and") && attached(tokens, money.last() + 1);
        int at = and ? money.last() + 2 : money.last() + 1;
        if (!(and ? attached(tokens, at) : tight(tokens, at)) || is(tokens, at, "a") || tokens.get(at).isBareYear()) {
            return money;
        }
        Optional<NumberMatch> minor = NumberRecognizer.at(tokens, at, false);
        if (minor.isEmpty() || minor.get().value() <= 0 || minor.get().value() >= 100
                || minor.get().value() != Math.rint(minor.get().value())) {
            return money;
        }
        int last = minor.get().last();
        Named named = attached(tokens, last + 1) ? named(tokens, last + 1) : null;
        if (named != null) {
            if (named.currency().factor() != 0.01) {
                return money;   // 50 dollar 50 dollar: two amounts
            }
            last = named.last();
        } else if (CountedNoun.after(tokens, minor.get().first(), last + 1) != null) {
            return money;   // $300 and 20 officers: a number that counts something is no cents
        }
        return FigureMatch.of(money.type(), money.first(), last, money.value() + minor.get().value() / 100,
                money.currency(), money.unit());
    }

    private static FigureMatch money(int first, int last, double value, Currency currency) {
        return FigureMatch.of(Figure.MONEY, first, last, value, currency.iso(), currency.unit());
    }
}
