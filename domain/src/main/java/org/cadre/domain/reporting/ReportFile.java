package org.cadre.domain.reporting;

/**
 * A made pack's bytes.
 *
 * @param preview its first page as a PNG image; null for a format without pages
 */
public record ReportFile(String fileName, PackFormat format, byte[] content, byte[] preview) {}
