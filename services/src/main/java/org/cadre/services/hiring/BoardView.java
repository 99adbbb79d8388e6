package org.cadre.services.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A requisition's pipeline board: a column per stage with the active applications in it, and the
 * applications that have ended (hired, rejected, withdrawn).
 */
public record BoardView(RequisitionView requisition, List<Column> columns, List<Card> ended) {

  /** One stage's column. */
  public record Column(int index, String stage, String reportingLabel, List<Card> cards) {}

  /**
   * One application on the board.
   *
   * @param daysInStage days since it entered its stage, to a tenth
   */
  public record Card(
      long applicationId,
      long candidateId,
      String candidateName,
      String sourceLabel,
      boolean internal,
      String stage,
      String status,
      String statusLabel,
      Instant appliedAt,
      BigDecimal daysInStage,
      long revision) {}
}
