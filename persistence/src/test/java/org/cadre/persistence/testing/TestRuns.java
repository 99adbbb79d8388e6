package org.cadre.persistence.testing;

import java.time.Instant;
import org.cadre.domain.imports.FileFacts;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportRun;

/** Import runs for tests: HR's commit of a small employees file, not yet stored. */
public final class TestRuns {

  private TestRuns() {}

  public static ImportRun commit(Instant startedAt) {
    return new ImportRun(
        ImportKind.EMPLOYEES,
        ImportMode.COMMIT,
        new FileFacts("staff.csv", "ab12", 100),
        false,
        "hr",
        startedAt,
        null);
  }
}
