package org.dossier.config.domain;

import java.util.List;

/**
 * What finds a document's near-duplicates: a MinHash signature of its text, cut into bands
 * that the index can match, and whether the document has been compared with the others yet.
 *
 * @param minhash the signature
 * @param bands the signature's bands as terms; texts that share most of their words in order share one
 * @param checked whether near-duplicates have been looked for since the document was indexed
 */
public record Fingerprint(List<Integer> minhash, List<String> bands, boolean checked) {
}
