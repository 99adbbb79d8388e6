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
 * cadre.import.wait-seconds} and {@code cadre.import.checkpoint-every}.
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
  @ConfigProperty(name = "cadre.import.wait-seconds", defaultValue = "60")
  long waitSeconds;

  @Inject
  @ConfigProperty(name = "cadre.import.checkpoint-every", defaultValue = "5000")
  int checkpointEvery;

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

  /**
   * Changes a commit stages between two checkpoints (and progress reports): the most a stopped
   * commit stages again when it is resumed.
   */
  public int checkpointEvery() {
    return checkpointEvery;
  }

  public Duration apiWait() {
    return Duration.ofSeconds(waitSeconds);
  }
}
