package org.cadre.services.imports.kinds;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.EmployeeRepository;

/**
 * Where an import writes, inside one transaction, and how it reports rows written.
 *
 * @param written told the number of records written so far, after each chunk
 */
public record ImportWriter(
    OrgUnitRepository units,
    EmployeeRepository employees,
    AssessmentRepository assessments,
    Instant at,
    IntConsumer written) {

  /** Records written per statement batch between progress reports. */
  static final int CHUNK = 5000;

  /** Hands the records over in chunks, reporting the running total after each. */
  <T> void inChunks(List<T> records, int before, Consumer<List<T>> write) {
    for (int from = 0; from < records.size(); from += CHUNK) {
      int to = Math.min(records.size(), from + CHUNK);
      write.accept(records.subList(from, to));
      written.accept(before + to);
    }
  }
}
