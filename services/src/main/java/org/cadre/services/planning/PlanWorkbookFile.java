package org.cadre.services.planning;

/**
 * An exported plan workbook.
 *
 * @param baseName the file's name without its extension, e.g. "plans-eng-plat-2027-q1-2027-q2"
 */
public record PlanWorkbookFile(String baseName, byte[] content) {}
