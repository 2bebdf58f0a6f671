/**
 * The core shared by all modules, despite its name not only configuration: domain types (domain), the relational
 * stores (store), Elasticsearch access (elastic), settings (settings), the sources file (sources) and the local
 * Elasticsearch launcher (devsearch). Its auto-configuration wires the settings, Elasticsearch and the store.
 * Uses its own subpackages and Spring Boot; never the applications' modules.
 */
package org.dossier.config;
