package org.cadre.domain.imports;

import java.util.Objects;

/**
 * What identifies an uploaded file: its name as uploaded, its SHA-256 checksum (lower-case hex) and
 * its size in bytes.
 */
public record FileFacts(String name, String checksum, long size) {

  public static final int NAME_MAX = 300;

  public FileFacts {
    Objects.requireNonNull(checksum, "checksum");
    name = name == null || name.isBlank() ? "upload" : name.strip();
    if (name.length() > NAME_MAX) {
      name = name.substring(name.length() - NAME_MAX);
    }
  }
}
