package org.dossier.config.elastic;

/** The aliases every reader and writer uses, for one index prefix. */
public record IndexNames(String prefix) {

    public String documents() {
        return DossierIndex.DOCUMENTS.alias(prefix);
    }

    public String mentions() {
        return DossierIndex.MENTIONS.alias(prefix);
    }

    public String entities() {
        return DossierIndex.ENTITIES.alias(prefix);
    }
}
