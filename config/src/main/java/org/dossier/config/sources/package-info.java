/**
 * The sources file: the named folders, URL lists and feeds, and their schedules.
 * Uses only the JDK and the YAML reader Spring Boot brings.
 */
package org.dossier.config.sources;
