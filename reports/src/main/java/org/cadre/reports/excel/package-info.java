/**
 * Writing workbooks: sheets of typed columns, formulas and styles, with user text never turned into
 * a formula.
 */
package org.cadre.reports.excel;
