/**
 * Reading the mentions of people and organisations to resolve, and the dates of their documents.
 * Uses config's domain and elastic.
 */
package org.dossier.resolve.mention;
