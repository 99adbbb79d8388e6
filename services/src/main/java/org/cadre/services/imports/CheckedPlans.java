package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plans of the latest dry runs, kept in memory with the {@linkplain
 * org.cadre.domain.imports.ImportRunRepository#dataStamp stamp of the data} they were checked
 * against. A commit of the same file applies its dry run's plan when the data has not changed
 * since, instead of reading and checking the file again: exactly what the dry run showed. After a
 * restart, or on another server, the commit checks the file again.
 */
@ApplicationScoped
public class CheckedPlans {

  /** Plans kept at once; a plan of 100,000 rows takes some 20 MB. */
  private static final int KEPT = 3;

  /** A dry run's check and the stamp of the data it was checked against. */
  public record Checked(FileCheck<?> check, String dataStamp) {}

  private final Map<Long, Checked> plans =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Checked> eldest) {
          return size() > KEPT;
        }
      };

  public synchronized void keep(long dryRunId, FileCheck<?> check, String dataStamp) {
    plans.put(dryRunId, new Checked(check, dataStamp));
  }

  /** The dry run's plan if it was checked against data with this stamp. */
  public synchronized Optional<FileCheck<?>> find(long dryRunId, String dataStamp) {
    Checked checked = plans.get(dryRunId);
    return checked != null && checked.dataStamp().equals(dataStamp)
        ? Optional.of(checked.check())
        : Optional.empty();
  }
}
