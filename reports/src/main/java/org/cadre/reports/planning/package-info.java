/** The headcount plan workbook: exported for managers to plan in Excel, and read back. */
package org.cadre.reports.planning;
