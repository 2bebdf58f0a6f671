/**
 * The web app's frame: security and users, error pages and API errors, links and the login page.
 * Uses query and config's store (the users); Spring Web and Security.
 */
package org.dossier.search.system;
