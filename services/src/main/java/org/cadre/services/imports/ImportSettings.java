package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cadre.services.imports.sheet.SheetLimits;
import org.eclipse.microprofile.config.Config;

/**
 * How imports behave, from the settings {@code cadre.import.*} and {@code cadre.server.id}, each
 * with its default written here once: how large a blueprint document, a zip of them and a
 * spreadsheet may be; where uploads are kept while a run uses them, for how long and within how
 * much disk; how long an API call waits for a run before it answers with its progress; how often a
 * commit checkpoints; and how long a server may go unheard of before another takes up its runs.
 */
@ApplicationScoped
public class ImportSettings {

  private static final long MB = 1024L * 1024;

  private long documentBytes;
  private long zipBytes;
  private int zipDocuments;
  private long zipExpandedBytes;
  private SheetLimits sheet;
  private Path directory;
  private Duration retention;
  private long maxDirectoryBytes;
  private Duration apiWait;
  private int checkpointEvery;
  private Duration lease;
  private String serverId;

  protected ImportSettings() {
    // for CDI
  }

  @Inject
  public ImportSettings(Config config) {
    this(name -> config.getOptionalValue(name, String.class));
  }

  /**
   * @param values a setting's value by its name, empty for its default
   */
  private ImportSettings(Function<String, Optional<String>> values) {
    Settings read = new Settings(values);
    documentBytes = read.number("cadre.import.document.max-bytes", 10 * MB);
    zipBytes = read.number("cadre.import.zip.max-bytes", 100 * MB);
    zipDocuments = (int) read.number("cadre.import.zip.max-documents", 500);
    zipExpandedBytes = read.number("cadre.import.zip.max-expanded-bytes", 300 * MB);
    sheet =
        new SheetLimits(
            read.number("cadre.import.sheet.max-bytes", SheetLimits.DEFAULTS.maxBytes()),
            read.number("cadre.import.sheet.max-rows", SheetLimits.DEFAULTS.maxRows()),
            read.decimal(
                "cadre.import.sheet.min-inflate-ratio", SheetLimits.DEFAULTS.minInflateRatio()),
            SheetLimits.DEFAULTS.maxEntryBytes());
    directory = values.apply("cadre.import.dir").map(Path::of).orElse(null);
    retention = Duration.ofHours(read.number("cadre.import.retention-hours", 24));
    maxDirectoryBytes = read.number("cadre.import.dir.max-bytes", 1024 * MB);
    apiWait = Duration.ofSeconds(read.number("cadre.import.wait-seconds", 60));
    checkpointEvery = (int) read.number("cadre.import.checkpoint-every", 5000);
    lease = Duration.ofMinutes(read.number("cadre.import.lease-minutes", 10));
    serverId = values.apply("cadre.server.id").orElse("cadre");
  }

  /** The settings given, by name, and the defaults for the others: for code outside the server. */
  public static ImportSettings of(Map<String, String> values) {
    return new ImportSettings(name -> Optional.ofNullable(values.get(name)));
  }

  /** Reads numbers, naming the setting when its value is not one. */
  private record Settings(Function<String, Optional<String>> values) {

    long number(String name, long fallback) {
      return values.apply(name).map(v -> parse(name, v, Long::parseLong)).orElse(fallback);
    }

    double decimal(String name, double fallback) {
      return values.apply(name).map(v -> parse(name, v, Double::parseDouble)).orElse(fallback);
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
      try {
        return parser.apply(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "setting " + name + " is \"" + value + "\", which is not a number", e);
      }
    }
  }

  /** The largest blueprint document accepted: {@code cadre.import.document.max-bytes}. */
  public long documentBytes() {
    return documentBytes;
  }

  /** The largest zip of blueprint documents accepted: {@code cadre.import.zip.max-bytes}. */
  public long zipBytes() {
    return zipBytes;
  }

  /** The most documents in one zip: {@code cadre.import.zip.max-documents}. */
  public int zipDocuments() {
    return zipDocuments;
  }

  /**
   * The most a zip's documents may unpack to together, which bounds zip bombs: {@code
   * cadre.import.zip.max-expanded-bytes}.
   */
  public long zipExpandedBytes() {
    return zipExpandedBytes;
  }

  /** The limits on one spreadsheet: {@code cadre.import.sheet.*}. */
  public SheetLimits limits() {
    return sheet;
  }

  /** Where uploads are kept while their runs use them: {@code cadre.import.dir}. */
  public Path directory() {
    if (directory == null) {
      throw new IllegalStateException("the setting cadre.import.dir is missing");
    }
    return directory;
  }

  /**
   * How long an upload is kept after it arrived, longer than the longest import: {@code
   * cadre.import.retention-hours}.
   */
  public Duration retention() {
    return retention;
  }

  /** The most the uploads kept may take on disk together: {@code cadre.import.dir.max-bytes}. */
  public long maxDirectoryBytes() {
    return maxDirectoryBytes;
  }

  /**
   * Changes a commit stages between two checkpoints (and progress reports): the most a stopped
   * commit stages again when it is resumed.
   */
  public int checkpointEvery() {
    return checkpointEvery;
  }

  /**
   * How long a server may go unheard of (no progress report, no checkpoint) before another server
   * starting up takes up its unfinished imports; longer than the longest apply transaction.
   */
  public Duration lease() {
    return lease;
  }

  /**
   * This server, as import runs name their runner: {@code cadre.server.id}. One server needs no
   * setting; servers sharing a database each need a name of their own that survives restarts (a
   * container's host name usually does not), else a server starting up takes up the imports the
   * others are running, which then fail.
   */
  public String serverId() {
    return serverId;
  }

  /** How long an API call waits for its run before it answers with the run's progress. */
  public Duration apiWait() {
    return apiWait;
  }

  /** A size as people read it: "10 MB", or its bytes when it is not whole megabytes. */
  public static String megabytes(long bytes) {
    return bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
  }
}
