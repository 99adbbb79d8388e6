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
 * @param chunk records written between two progress reports
 * @param written told the number of records written so far, after each chunk
 */
public record ImportWriter(
    OrgUnitRepository units,
    EmployeeRepository employees,
    AssessmentRepository assessments,
    Instant at,
    int chunk,
    IntConsumer written) {

  /** Hands the records over in chunks, reporting the running total after each. */
  <T> void inChunks(List<T> records, int before, Consumer<List<T>> write) {
    for (int from = 0; from < records.size(); from += chunk) {
      int to = Math.min(records.size(), from + chunk);
      write.accept(records.subList(from, to));
      written.accept(before + to);
    }
  }
}
