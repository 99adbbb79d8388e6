/**
 * HR spreadsheet imports: runs, the batch job that checks a file and commits it, staging and
 * applying, and the settings of every import.
 */
package org.cadre.services.imports;
