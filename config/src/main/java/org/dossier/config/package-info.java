/**
 * The core shared by all modules, despite its name not only configuration: domain types (domain), the relational
 * stores (store), Elasticsearch access (elastic), settings (settings), the sources file (sources), the local
 * Elasticsearch launcher (devsearch), the message broker (broker) and remote partitions over it (remote), and
 * the installation of both servers from the zips the build fetched (local).
 * Its auto-configuration wires the settings, Elasticsearch and the store; a job imports remote when it needs it.
 * Uses its own subpackages and Spring Boot; never the applications' modules.
 */
package org.dossier.config;
