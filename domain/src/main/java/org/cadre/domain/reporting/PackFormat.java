package org.cadre.domain.reporting;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file a pack is made as. */
public enum PackFormat {
  PDF("pdf", "application/pdf"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final String extension;
  private final String mediaType;

  PackFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format named by its extension, {@code pdf} or {@code xlsx}, in any case. */
  public static Optional<PackFormat> of(String text) {
    return Arrays.stream(values())
        .filter(f -> f.extension.equals(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
