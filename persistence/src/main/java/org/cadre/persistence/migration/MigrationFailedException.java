package org.cadre.persistence.migration;

import java.util.List;

/** The database could not be migrated; Cadre must not start on it. */
public class MigrationFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  MigrationFailedException(Throwable cause) {
    super("Database migration failed: " + reason(cause.getMessage()), cause);
  }

  /** Flyway's messages run over many lines; keep the one naming the migration and the cause. */
  private static String reason(String message) {
    if (message == null || message.isBlank()) {
      return "(no reason given)";
    }
    List<String> lines = message.strip().lines().map(String::strip).toList();
    String cause =
        lines.stream()
            .filter(l -> l.startsWith("Message"))
            .findFirst()
            .map(l -> " (" + l + ")")
            .orElse("");
    return lines.get(0) + cause;
  }
}
