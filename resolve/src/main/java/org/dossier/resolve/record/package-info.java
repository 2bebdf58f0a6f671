/**
 * The record that blocking reads: a name's fields by name.
 * Uses only the JDK.
 */
package org.dossier.resolve.record;
