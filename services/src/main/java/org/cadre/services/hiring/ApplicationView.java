package org.cadre.services.hiring;

import java.time.Instant;
import java.util.List;

/**
 * An application with its candidate, stage, every move, interviews and offers, and what the caller
 * may do to it now.
 *
 * @param offers empty for interviewers who do not otherwise see the requisition
 * @param myInterviews the caller's interviews of this application still without their scorecard
 */
public record ApplicationView(
    long id,
    long requisitionId,
    String requisitionTitle,
    String orgUnit,
    String unitName,
    long candidateId,
    String candidateName,
    boolean internal,
    String sourceLabel,
    String stage,
    int stageIndex,
    String reportingStage,
    String status,
    String statusLabel,
    String outcomeReason,
    Instant appliedAt,
    Instant stageEnteredAt,
    Instant closedAt,
    long revision,
    List<StageView> stages,
    List<Move> history,
    List<InterviewView> interviews,
    List<OfferView> offers,
    List<Long> myInterviews,
    boolean canMove,
    boolean canEnd,
    boolean canSchedule,
    boolean canOffer,
    boolean canHire) {

  /** One step of the history: from a stage to another, or out with an outcome. */
  public record Move(
      String from, String to, String outcome, String reason, String by, Instant at) {}
}
