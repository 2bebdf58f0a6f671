/**
 * Links inside a document: a bare surname or an acronym to the full name it follows.
 * Uses mention, normalize and config's domain.
 */
package org.dossier.resolve.link;
