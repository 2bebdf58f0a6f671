/**
 * The dossier.* settings, one @ConfigurationProperties tree with defaults that work locally.
 * Uses Spring Boot only.
 */
package org.dossier.config.settings;
