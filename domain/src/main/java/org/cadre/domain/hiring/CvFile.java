package org.cadre.domain.hiring;

/** A candidate's CV as uploaded: its name, type and bytes. */
public record CvFile(String fileName, String contentType, byte[] content) {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int NAME_MAX = 200;
}
