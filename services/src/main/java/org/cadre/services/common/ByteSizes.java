package org.cadre.services.common;

import java.util.Locale;

/** Sizes of files as messages give them: 12 KB, 50 MB, 1.5 MB. */
public final class ByteSizes {

  private static final long KB = 1024;
  private static final long MB = KB * KB;

  private ByteSizes() {}

  public static String text(long bytes) {
    if (bytes < MB) {
      return (bytes + KB - 1) / KB + " KB";
    }
    return bytes % MB == 0
        ? bytes / MB + " MB"
        : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
  }
}
