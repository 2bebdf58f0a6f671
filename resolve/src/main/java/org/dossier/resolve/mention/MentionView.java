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
 */
public record MentionView(String id, String documentId, String type, String text, int start, int end) {
}
