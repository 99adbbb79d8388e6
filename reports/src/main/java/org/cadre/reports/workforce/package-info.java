/**
 * The leadership workforce pack: its report records, and its PDF (a JasperReports book of parts)
 * and Excel twin, labelled from one resource bundle per language.
 */
package org.cadre.reports.workforce;
