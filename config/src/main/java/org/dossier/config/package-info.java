/**
 * The core every application builds on: its auto-configuration wires the settings, Elasticsearch and the store.
 * Uses its own subpackages and Spring Boot; never the applications' modules.
 */
package org.dossier.config;
