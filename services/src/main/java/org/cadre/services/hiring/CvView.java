package org.cadre.services.hiring;

/** A candidate's CV to download: its file name, content type and bytes. */
public record CvView(String fileName, String contentType, byte[] content) {}
