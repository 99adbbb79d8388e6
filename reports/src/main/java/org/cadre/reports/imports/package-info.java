/**
 * Workbooks of the HR imports: the template offered for download ({@link
 * org.cadre.reports.imports.ImportTemplate}) and the error workbook of a dry run ({@link
 * org.cadre.reports.imports.ErrorWorkbook}). Both write through {@link
 * org.cadre.reports.excel.WorkbookWriter}, so text is never written as a formula.
 */
package org.cadre.reports.imports;
