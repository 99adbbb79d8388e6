package org.cadre.domain.competency;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A person's latest assessment in each competency they were assessed in. */
public final class AssessedLevels {

  public static final AssessedLevels NONE = new AssessedLevels(Map.of());

  private final Map<Long, Assessed> latest;

  private AssessedLevels(Map<Long, Assessed> latest) {
    this.latest = latest;
  }

  /** The latest of the assessments in each competency. */
  public static AssessedLevels latestOf(Collection<Assessed> assessments) {
    Builder builder = new Builder();
    assessments.forEach(builder::add);
    return builder.build();
  }

  /**
   * Collects a person's assessments one by one, keeping the latest of each competency: what a
   * reader of many people's assessments fills as it reads them.
   */
  public static final class Builder {
    private final Map<Long, Assessed> latest = new HashMap<>();

    public Builder add(Assessed assessment) {
      latest.merge(
          assessment.competencyId(),
          assessment,
          (a, b) -> b.assessedOn().isAfter(a.assessedOn()) ? b : a);
      return this;
    }

    public AssessedLevels build() {
      return new AssessedLevels(Collections.unmodifiableMap(latest));
    }
  }

  /** The latest assessment of every competency assessed. */
  public Collection<Assessed> all() {
    return latest.values();
  }

  public Optional<Assessed> latest(long competencyId) {
    return Optional.ofNullable(latest.get(competencyId));
  }

  /** The latest level; 0 when never assessed. */
  public int level(long competencyId) {
    Assessed assessed = latest.get(competencyId);
    return assessed == null ? 0 : assessed.level();
  }
}
