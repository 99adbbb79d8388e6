package org.cadre.services.imports.kinds;

import java.util.List;
import org.cadre.domain.people.AssessmentRecord;

/** The assessments one row creates and those it changes; stored ones it repeats are left out. */
public record RowAssessments(List<AssessmentRecord> created, List<AssessmentRecord> updated) {

  public RowAssessments {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
  }
}
