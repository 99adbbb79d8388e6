package org.cadre.reports.excel;

/**
 * A cell a spreadsheet computes, e.g. {@code B2-C2-D2}, with the value it has when written: files
 * keep that value for readers that show a workbook without calculating it.
 *
 * @param expression the formula without its leading {@code =}
 * @param value the formula's value now; null for none
 */
public record Formula(String expression, Number value) {}
