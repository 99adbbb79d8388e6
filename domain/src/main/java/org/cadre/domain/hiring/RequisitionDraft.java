package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.cadre.domain.blueprint.Level;

/**
 * What a requisition is opened for: a seat (unit, blueprint at a revision, level, position), how
 * much of a post, from when, who hires and who recruits, and whether the plan has a gap for it.
 *
 * @param level null when the seat names none
 * @param positionId null when the seat has no planned position (beyond the plan)
 * @param recruiter null until HR names one
 * @param justification required beyond the plan, else optional
 */
public record RequisitionDraft(
    String unitCode,
    long blueprintId,
    int blueprintRevision,
    Level level,
    Long positionId,
    BigDecimal fte,
    LocalDate targetStart,
    String hiringManager,
    String recruiter,
    String justification,
    boolean withinPlan) {

  public static final int JUSTIFICATION_MAX = 2000;

  public RequisitionDraft {
    Objects.requireNonNull(unitCode, "unitCode");
    Objects.requireNonNull(fte, "fte");
    Objects.requireNonNull(targetStart, "targetStart");
    Objects.requireNonNull(hiringManager, "hiringManager");
    justification = justification == null || justification.isBlank() ? null : justification.strip();
    if (!withinPlan && justification == null) {
      throw new IllegalArgumentException("a requisition beyond the plan needs a justification");
    }
    if (justification != null && justification.length() > JUSTIFICATION_MAX) {
      throw new IllegalArgumentException(
          "a justification takes at most " + JUSTIFICATION_MAX + " characters");
    }
    if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "a requisition is for one post, above 0 and at most 1 FTE, not " + fte.toPlainString());
    }
  }
}
