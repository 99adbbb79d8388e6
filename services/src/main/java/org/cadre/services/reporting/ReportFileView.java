package org.cadre.services.reporting;

/** A pack's file to download: its name, media type and bytes. */
public record ReportFileView(String fileName, String mediaType, byte[] content) {}
