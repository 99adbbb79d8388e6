package org.cadre.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Seconds an application has spent in each reporting stage, visits added up; null for a stage it
 * never was in (never reached, or skipped). Kept on the application as it moves, so funnels count
 * stored columns instead of replaying every move.
 */
@Embeddable
public class StageTimes {

  @Column(name = "seconds_applied")
  private Long applied;

  @Column(name = "seconds_screen")
  private Long screen;

  @Column(name = "seconds_interview")
  private Long interview;

  @Column(name = "seconds_final")
  private Long finalInterview;

  @Column(name = "seconds_offer")
  private Long offer;

  /** Seconds in the stage, or null when the application was never in it. */
  public Long seconds(ReportingStage stage) {
    return switch (stage) {
      case APPLIED -> applied;
      case SCREEN -> screen;
      case INTERVIEW -> interview;
      case FINAL -> finalInterview;
      case OFFER -> offer;
      case HIRED -> null;
    };
  }

  /** Marks the stage as visited (zero seconds so far when it is the first visit). */
  void visit(ReportingStage stage) {
    if (stage.timed() && seconds(stage) == null) {
      set(stage, 0L);
    }
  }

  void add(ReportingStage stage, long seconds) {
    if (stage.timed()) {
      Long before = seconds(stage);
      set(stage, (before == null ? 0 : before) + Math.max(0, seconds));
    }
  }

  private void set(ReportingStage stage, Long value) {
    switch (stage) {
      case APPLIED -> applied = value;
      case SCREEN -> screen = value;
      case INTERVIEW -> interview = value;
      case FINAL -> finalInterview = value;
      case OFFER -> offer = value;
      case HIRED -> throw new IllegalArgumentException("time in Hired is not measured");
    }
  }
}
