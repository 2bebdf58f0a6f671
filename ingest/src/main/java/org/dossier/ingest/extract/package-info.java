/**
 * The main text of a web page, without navigation, sidebars, comments and footers.
 * Uses jsoup only.
 */
package org.dossier.ingest.extract;
