package org.dossier.config.domain;

/**
 * One mention of a person, organisation or place in a document.
 *
 * @param id document id and offsets: the same mention always has the same id
 * @param documentId the document it is in
 * @param type PERSON, ORGANIZATION or LOCATION
 * @param text the mention as written
 * @param normalized the name folded for grouping (see {@link NameKey})
 * @param start offset of its first character in the document text
 * @param end offset just past its last character
 * @param sentence the sentence it is in, as context
 * @param entityId the resolved entity, once the resolve job has run; else null
 */
public record Mention(String id, String documentId, String type, String text, String normalized, int start, int end,
                      String sentence, String entityId) {

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";

    public static Mention of(String documentId, String type, String text, int start, int end, String sentence) {
        return new Mention(documentId + ":" + start + "-" + end, documentId, type, text, NameKey.of(text), start, end,
                sentence, null);
    }
}
