package org.dossier.resolve.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * A name ready to compare.
 *
 * @param original the name as written
 * @param kind person or organisation
 * @param tokens its words folded (no diacritics, lower case, no punctuation), titles and legal forms out
 * @param legalForms the organisation's legal forms in one spelling ("ag", "llc", "gmbh"), sorted; often none
 * @param country the country written before a body's name and taken off its words ("u s"); often none
 */
public record NormalizedName(String original, NameKind kind, List<String> tokens, List<String> legalForms,
                             List<String> country) {

    /** The words with the country before them, as an acronym spells them ("USAID"). */
    public List<String> wordsAsWritten() {
        if (country.isEmpty()) {
            return tokens;
        }
        List<String> words = new ArrayList<>(country);
        words.addAll(tokens);
        return words;
    }

    /** The words run together: "Siemens AG" and "SiemensAG" meet here. */
    public String compact() {
        return String.join("", tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
