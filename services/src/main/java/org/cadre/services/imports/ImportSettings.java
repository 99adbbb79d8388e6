package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.cadre.services.imports.sheet.SheetLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How HR spreadsheet imports behave: limits on a file, where uploads are kept while a run uses
 * them, and how long an API call waits for a run before it answers with its progress instead.
 * Settings {@code cadre.import.sheet.*}, {@code cadre.import.dir}, {@code
 * cadre.import.retention-hours}, {@code cadre.import.dir.max-bytes}, {@code
 * cadre.import.wait-seconds}, {@code cadre.import.checkpoint-every}, {@code
 * cadre.import.lease-minutes} and {@code cadre.server.id}.
 */
@ApplicationScoped
public class ImportSettings {

  @Inject
  @ConfigProperty(name = "cadre.import.sheet.max-bytes", defaultValue = "52428800")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "cadre.import.sheet.max-rows", defaultValue = "1000000")
  long maxRows;

  @Inject
  @ConfigProperty(name = "cadre.import.sheet.min-inflate-ratio", defaultValue = "0.01")
  double minInflateRatio;

  @Inject
  @ConfigProperty(name = "cadre.import.dir")
  String directory;

  @Inject
  @ConfigProperty(name = "cadre.import.retention-hours", defaultValue = "24")
  long retentionHours;

  @Inject
  @ConfigProperty(name = "cadre.import.dir.max-bytes", defaultValue = "1073741824")
  long maxDirectoryBytes;

  @Inject
  @ConfigProperty(name = "cadre.import.wait-seconds", defaultValue = "60")
  long waitSeconds;

  @Inject
  @ConfigProperty(name = "cadre.import.checkpoint-every", defaultValue = "5000")
  int checkpointEvery;

  @Inject
  @ConfigProperty(name = "cadre.import.lease-minutes", defaultValue = "10")
  long leaseMinutes;

  @Inject
  @ConfigProperty(name = "cadre.server.id", defaultValue = "cadre")
  String serverId;

  protected ImportSettings() {
    // for CDI
  }

  public SheetLimits limits() {
    return new SheetLimits(
        maxBytes, maxRows, minInflateRatio, SheetLimits.DEFAULTS.maxEntryBytes());
  }

  public Path directory() {
    return Path.of(directory);
  }

  /** How long an upload is kept after it arrived; longer than the longest import. */
  public Duration retention() {
    return Duration.ofHours(retentionHours);
  }

  /** The most the uploads kept may take on disk together. */
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
    return Duration.ofMinutes(leaseMinutes);
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

  public Duration apiWait() {
    return Duration.ofSeconds(waitSeconds);
  }
}
