/**
 * The document page and API: a document with its highlighted mentions and figures, and its original file.
 * Uses query, figure, system and config's domain and elastic.
 */
package org.dossier.search.document;
