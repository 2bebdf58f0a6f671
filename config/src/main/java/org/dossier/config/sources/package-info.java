/**
 * The sources file: the named folders, URL lists and feeds, their schedules, and when a source is due (Source.isDue).
 * Uses only the JDK and the YAML reader Spring Boot brings.
 */
package org.dossier.config.sources;
