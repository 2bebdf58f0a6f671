package org.dossier.resolve.normalize;

import java.util.List;

/**
 * A name ready to compare.
 *
 * @param original the name as written
 * @param kind person or organisation
 * @param tokens its words folded (no diacritics, lower case, no punctuation), titles and legal forms out
 * @param legalForms the organisation's legal forms in one spelling ("ag", "llc", "gmbh"), sorted; often none
 */
public record NormalizedName(String original, NameKind kind, List<String> tokens, List<String> legalForms) {

    /** The words run together: "Siemens AG" and "SiemensAG" meet here. */
    public String compact() {
        return String.join("", tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
