package org.cadre.services.imports.sheet;

/**
 * How much of an upload the reader accepts. An xlsx file is a ZIP archive of XML parts; the last
 * two limits keep a small archive from unpacking into gigabytes (a zip bomb).
 *
 * @param maxBytes the largest upload read; a larger one is refused before it is parsed
 * @param maxRows the most data rows (not counting the header and blank rows) one file may have
 * @param minInflateRatio the smallest compressed-to-unpacked size ratio allowed for any part of an
 *     xlsx file once it is past 100 KB unpacked: 0.01 lets a part grow at most 100 times
 * @param maxEntryBytes the largest size any single part of an xlsx file may unpack to
 */
public record SheetLimits(long maxBytes, long maxRows, double minInflateRatio, long maxEntryBytes) {

  private static final long MB = 1024L * 1024;

  /**
   * 50 MB uploads, a million rows, parts that grow at most 100 times (Apache POI's default) and up
   * to 1 GB unpacked, which a sheet of a million rows and twenty columns needs.
   */
  public static final SheetLimits DEFAULTS = new SheetLimits(50 * MB, 1_000_000, 0.01, 1024 * MB);

  public SheetLimits {
    if (maxBytes <= 0 || maxRows <= 0 || maxEntryBytes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
      throw new IllegalArgumentException("the inflate ratio must be between 0 and 1");
    }
  }

  public SheetLimits withMaxBytes(long bytes) {
    return new SheetLimits(bytes, maxRows, minInflateRatio, maxEntryBytes);
  }

  public SheetLimits withMaxRows(long rows) {
    return new SheetLimits(maxBytes, rows, minInflateRatio, maxEntryBytes);
  }
}
