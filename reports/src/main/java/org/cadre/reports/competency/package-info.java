/** Competency reports: a unit's heatmap, coverage and competencies at risk as a workbook. */
package org.cadre.reports.competency;
