/**
 * The resolve application and NameResolver, which groups, blocks, scores and clusters names into entities.
 * Uses its subpackages and config's domain; the job's wiring is in job, the publication in entity.
 */
package org.dossier.resolve;
