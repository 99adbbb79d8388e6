package org.cadre.domain.people;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Competency assessments as stored, written in bulk by their {@link AssessmentKey}. */
public interface AssessmentRepository {

  /** An employee's assessments, newest first. */
  List<Assessment> forEmployee(long employeeId);

  /** Every assessment by key: what an import compares its rows with. */
  Map<AssessmentKey, AssessmentRecord> all();

  void insert(List<AssessmentRecord> assessments, Instant at);

  /** Replaces the level and source of assessments that exist, by key. */
  void update(List<AssessmentRecord> assessments, Instant at);
}
