package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How report packs are made and kept: {@code cadre.report.retention-days}, {@code
 * cadre.report.direct-max-pages}, {@code cadre.report.check-minutes}, {@code
 * cadre.report.lease-minutes}, {@code cadre.report.swap-dir} and {@code cadre.server.id}.
 */
@ApplicationScoped
public class ReportSettings {

  @Inject
  @ConfigProperty(name = "cadre.report.retention-days", defaultValue = "30")
  int retentionDays;

  @Inject
  @ConfigProperty(name = "cadre.report.direct-max-pages", defaultValue = "200")
  int directMaxPages;

  @Inject
  @ConfigProperty(name = "cadre.report.check-minutes", defaultValue = "5")
  int checkMinutes;

  @Inject
  @ConfigProperty(name = "cadre.report.lease-minutes", defaultValue = "10")
  int leaseMinutes;

  @Inject
  @ConfigProperty(name = "cadre.report.swap-dir")
  Optional<String> swapDirectory;

  @Inject
  @ConfigProperty(name = "cadre.server.id", defaultValue = "cadre")
  String serverId;

  protected ReportSettings() {
    // for CDI
  }

  /** The defaults for a server so named, for tests that run without the container. */
  public ReportSettings(String serverId) {
    this.retentionDays = 30;
    this.directMaxPages = 200;
    this.checkMinutes = 5;
    this.leaseMinutes = 10;
    this.swapDirectory = Optional.empty();
    this.serverId = serverId;
  }

  /** How long a made pack is kept before it is deleted. */
  public Duration retention() {
    return Duration.ofDays(retentionDays);
  }

  /**
   * The most unit pages a pack answered while the caller waits may have; larger packs are asked for
   * in the background.
   */
  public int directMaxPages() {
    return directMaxPages;
  }

  /** How often schedules are checked for packs due, and old packs deleted. */
  public Duration checkEvery() {
    return Duration.ofMinutes(checkMinutes);
  }

  /**
   * How long a server may go without reporting a pack's progress before another server, starting
   * up, takes the pack over.
   */
  public Duration lease() {
    return Duration.ofMinutes(leaseMinutes);
  }

  /** Where a large pack's pages wait while it is made: the JVM's temporary files by default. */
  public Path swapDirectory() {
    return Path.of(
        swapDirectory
            .filter(directory -> !directory.isBlank())
            .orElse(System.getProperty("java.io.tmpdir")));
  }

  /** This server, as report runs name the server making them (see ImportSettings). */
  public String serverId() {
    return serverId;
  }
}
