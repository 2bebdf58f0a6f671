package org.dossier.ingest.figures;

import java.util.List;
import java.util.Set;

/**
 * What capital letters say about a word. In running text a capitalised word after a number is
 * part of a name ("36 Quai des Orfèvres"), not a common noun; in a title-case line or at the start
 * of a sentence capitals say nothing, and neither does a word in capitals (FBI, CTRs).
 */
final class Capitals {

    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", ":", ";");

    private Capitals() {
    }

    /**
     * Capitalised as a name is: an upper-case first letter and only lower-case letters after it
     * ("Orfèvres", not the acronym plural "CTRs").
     */
    static boolean isCapitalised(Token token) {
        String text = token.text();
        return text.length() > 1 && Character.isUpperCase(text.codePointAt(0))
                && text.codePoints().skip(1).filter(Character::isLetter).allMatch(Character::isLowerCase);
    }

    /**
     * Whether the words around token {@code first} (a figure's first token) are in running text,
     * where capitals mark names: the word before it is not capitalised, or it starts a sentence.
     */
    static boolean inRunningText(List<Token> tokens, int first) {
        int before = first - 1;
        if (before < 0 || tokens.get(first).breakBefore() || !isCapitalised(tokens.get(before))) {
            return true;
        }
        return startsSentence(tokens, before);
    }

    private static boolean startsSentence(List<Token> tokens, int k) {
        return k == 0 || tokens.get(k).breakBefore() || SENTENCE_ENDS.contains(tokens.get(k - 1).text())
                || tokens.get(k - 1).text().equals("\"");
    }
}
