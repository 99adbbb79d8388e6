/**
 * Filling the compiled JasperReports templates and exporting them to PDF, with the text helpers
 * templates share.
 */
package org.cadre.reports.pdf;
