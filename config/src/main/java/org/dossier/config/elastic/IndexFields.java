package org.dossier.config.elastic;

/**
 * The fields of the indices that code searches, sorts, filters, aggregates or updates by, one
 * constant each. The schemas in {@code resources/elastic} define them; the records in
 * {@code domain} carry them under the same names.
 */
public final class IndexFields {

    /** Every index: the record's id, what scans sort by. */
    public static final String ID = "id";
    /** Mentions and entities: PERSON, ORGANIZATION, LOCATION, ... */
    public static final String TYPE = "type";

    // The documents index (DocumentRecord).
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String SOURCE = "source";
    public static final String SITE = "site";
    public static final String KIND = "kind";
    public static final String CONTENT_TYPE = "contentType";
    public static final String LANGUAGE = "language";
    public static final String PUBLISHED = "published";
    public static final String INGESTED_AT = "ingestedAt";
    public static final String PEOPLE = "people";
    public static final String ORGANIZATIONS = "organizations";
    public static final String LOCATIONS = "locations";
    public static final String ENTITY_IDS = "entityIds";
    public static final String NEAR_DUPLICATES = "nearDuplicates";
    public static final String FINGERPRINT = "fingerprint";
    /** The fingerprint's field that says near-duplicates were looked for, inside {@link #FINGERPRINT}. */
    public static final String CHECKED = "checked";
    public static final String FINGERPRINT_CHECKED = FINGERPRINT + "." + CHECKED;
    public static final String FINGERPRINT_BANDS = FINGERPRINT + ".bands";
    public static final String FINGERPRINT_MINHASH = FINGERPRINT + ".minhash";
    /** The nested figures, and their fields. */
    public static final String FIGURES = "figures";
    public static final String FIGURE_TYPE = FIGURES + ".type";
    public static final String FIGURE_CURRENCY = FIGURES + ".currency";
    public static final String FIGURE_VALUE = FIGURES + ".value";
    public static final String FIGURE_VALUE_MAX = FIGURES + ".valueMax";
    public static final String FIGURE_COUNTED = FIGURES + ".counted";

    // The mentions index (Mention).
    public static final String DOCUMENT_ID = "documentId";
    public static final String NORMALIZED = "normalized";
    public static final String START = "start";
    public static final String SENTENCE = "sentence";
    public static final String ENTITY_ID = "entityId";

    // The entities index (EntityRecord).
    public static final String NAME = "name";
    public static final String ALIASES = "aliases";
    public static final String MENTION_COUNT = "mentionCount";
    public static final String REDIRECT_TO = "redirectTo";

    private IndexFields() {
    }
}
