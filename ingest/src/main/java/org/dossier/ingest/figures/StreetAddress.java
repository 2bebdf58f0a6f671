package org.dossier.ingest.figures;

import java.util.List;

/**
 * A number that opens a street address: a house number followed by a name of capitalised words
 * (with short lower-case particles such as "des" or "of" between them) that ends the line or is
 * followed by a comma and a town or postcode: "36 Quai des Orfèvres, Paris", "221 Baker Street,
 * London". The shape is read from the text; no street names are listed.
 */
final class StreetAddress {

    private static final int PARTICLE_LENGTH = 3;

    private StreetAddress() {
    }

    /** Whether the number over tokens {@code first..last} is a house number. */
    static boolean startsAt(List<Token> tokens, int first, int last) {
        if (first != last || !tokens.get(first).text().matches("\\d{1,5}") || !Capitals.inRunningText(tokens, first)) {
            return false;
        }
        int k = last + 1;
        int names = 0;
        while (NumberRecognizer.tight(tokens, k)) {
            Token word = tokens.get(k);
            if (Capitals.isCapitalised(word)) {
                names++;
            } else if (!(names > 0 && word.text().chars().allMatch(Character::isLowerCase)
                    && word.text().length() <= PARTICLE_LENGTH) && !word.text().equals("-")) {
                break;
            }
            k++;
        }
        if (names < 2 || !Capitals.isCapitalised(tokens.get(k - 1))) {
            return false;
        }
        if (k >= tokens.size() || tokens.get(k).breakBefore()) {
            return true;   // the address ends its line
        }
        return tokens.get(k).text().equals(",") && NumberRecognizer.tight(tokens, k + 1)
                && (Capitals.isCapitalised(tokens.get(k + 1)) || tokens.get(k + 1).isDigits());
    }
}
