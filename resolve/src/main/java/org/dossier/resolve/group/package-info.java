/**
 * Name groups: mentions gathered by (type, folded name) with their forms, documents, co-mentions and contexts.
 * Uses link, mention, normalize and config's domain.
 */
package org.dossier.resolve.group;
