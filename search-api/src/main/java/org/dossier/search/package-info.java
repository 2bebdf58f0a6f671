/**
 * The web app: its main class.
 * Uses Spring Boot; the features live in the subpackages.
 */
package org.dossier.search;
