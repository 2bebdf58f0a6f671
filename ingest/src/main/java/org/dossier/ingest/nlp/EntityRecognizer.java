package org.dossier.ingest.nlp;

import java.util.List;

import org.dossier.config.domain.Mention;

/** Finds the people, organisations and places a text mentions. */
public interface EntityRecognizer {

    /** Whether it has a model for texts in {@code language} (ISO 639-1). */
    boolean supports(String language);

    /** The mentions in {@code text}, in text order, with their sentence. */
    List<Mention> recognise(String documentId, String text);
}
