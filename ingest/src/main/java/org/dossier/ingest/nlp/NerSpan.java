package org.dossier.ingest.nlp;

/**
 * An entity span as a recogniser labels it, before mentions are made of it.
 *
 * @param start offset of its first character
 * @param end offset just past its last character
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 */
public record NerSpan(int start, int end, String type) {
}
