package org.dossier.config.domain;

/**
 * One mention of a person, organisation or place in a document.
 *
 * @param id document id and offsets: the same mention always has the same id
 * @param documentId the document it is in
 * @param type PERSON, ORGANIZATION, LOCATION or CONCEPT
 * @param text the mention as written
 * @param normalized the name folded for grouping (see {@link NameKey})
 * @param start offset of its first character in the document text
 * @param end offset just past its last character
 * @param sentence the sentence it is in, as context
 * @param entityId the resolved entity, once the resolve job has run; else null
 * @param note why the recogniser changed what its tagger said of this span (retyped, split from a
 *        parent body, a generic head standing for an organisation); null when it took it as given
 */
public record Mention(String id, String documentId, String type, String text, String normalized, int start, int end,
                      String sentence, String entityId, String note) {

    /** The note of a one-word generic head ("the Bank"), which stands for an organisation of its document or for nothing. */
    public static final String GENERIC_HEAD = "generic";

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";
    /**
     * A term or acronym its document defines as a concept ("anti-money laundering (AML)"): no
     * name, kept so that resolving knows it in documents that use it undefined.
     */
    public static final String CONCEPT = "CONCEPT";
    /** How the note of an acronym its document spells out as an organisation begins. */
    public static final String DEFINED_ACRONYM = "the acronym of the organisation";

    public static Mention of(String documentId, String type, String text, int start, int end, String sentence) {
        return of(documentId, type, text, start, end, sentence, null);
    }

    public static Mention of(String documentId, String type, String text, int start, int end, String sentence,
                             String note) {
        return new Mention(documentId + ":" + start + "-" + end, documentId, type, text, NameKey.of(text), start, end,
                sentence, null, note);
    }

    /** This mention with another entity (null: none). */
    public Mention withEntityId(String entity) {
        return new Mention(id, documentId, type, text, normalized, start, end, sentence, entity, note);
    }
}
