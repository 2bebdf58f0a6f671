/**
 * The core's domain types, shared by all modules: documents, mentions, figures, entities, analysts' judgements and
 * review candidates, name keys.
 * Uses only the JDK: no Spring, no Elasticsearch, no store.
 */
package org.dossier.config.domain;
