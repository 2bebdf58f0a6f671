package org.dossier.resolve.mention;

/**
 * What resolving needs of one mention of a person or organisation.
 *
 * @param id the mention's id in the mentions index
 * @param documentId the document it is in
 * @param type PERSON or ORGANIZATION
 * @param text the mention as written
 * @param start offset of its first character in the document
 * @param end offset just past its last character
 * @param bracketed whether it opens a bracket ("(Interpol)"): a short form defined there
 * @param sentence the sentence it is in, to show analysts; may be null
 * @param genericHead whether it is a generic head ("the Bank"): it stands for an organisation its
 *        document names, or for nothing
 * @param definedAcronym whether its document spells it out as an organisation ("Harbour Fraud Office (HFO)")
 */
public record MentionView(String id, String documentId, String type, String text, int start, int end,
                          boolean bracketed, String sentence, boolean genericHead, boolean definedAcronym) {

    public MentionView(String id, String documentId, String type, String text, int start, int end, boolean bracketed,
                       String sentence) {
        this(id, documentId, type, text, start, end, bracketed, sentence, false, false);
    }

    /** A mention whose sentence is not at hand. */
    public MentionView(String id, String documentId, String type, String text, int start, int end, boolean bracketed) {
        this(id, documentId, type, text, start, end, bracketed, null);
    }

    /** Whether the text right before the mention, in its sentence, opens a bracket. */
    public static boolean bracketed(String sentence, String text) {
        if (sentence == null) {
            return false;
        }
        int at = sentence.indexOf(text);
        return at > 0 && sentence.charAt(at - 1) == '(';
    }
}
