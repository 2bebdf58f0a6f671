/**
 * The resolve job: mentions grouped by (type, normalised name), blocked, scored and clustered
 * into people and organisations, with merge candidates for analysts.
 */
package org.dossier.resolve;
