/**
 * The records the jobs and the web app share (documents, mentions, figures, entities, judgements), name keys.
 * Uses only the JDK: no Spring, no Elasticsearch, no store.
 */
package org.dossier.config.domain;
