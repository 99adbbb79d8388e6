package org.cadre.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * One step in an application's history: into the first stage, from a stage to another, or out with
 * an outcome (rejected, withdrawn), with who did it and when.
 */
@Entity
@Table(name = "stage_move")
public class StageMove {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_move_seq")
  @SequenceGenerator(name = "stage_move_seq", sequenceName = "stage_move_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false)
  private Application application;

  @Column(name = "from_stage", length = PipelineStage.NAME_MAX)
  private String fromStage;

  @Column(name = "to_stage", length = PipelineStage.NAME_MAX)
  private String toStage;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20)
  private ApplicationStatus outcome;

  @Column(name = "reason", length = Application.REASON_MAX)
  private String reason;

  @Column(name = "moved_by", nullable = false, length = 100)
  private String movedBy;

  @Column(name = "moved_at", nullable = false)
  private Instant movedAt;

  protected StageMove() {
    // for JPA
  }

  StageMove(
      Application application,
      String fromStage,
      String toStage,
      ApplicationStatus outcome,
      String reason,
      String by,
      Instant at) {
    this.application = application;
    this.fromStage = fromStage;
    this.toStage = toStage;
    this.outcome = outcome;
    this.reason = reason;
    this.movedBy = by;
    this.movedAt = at;
  }

  public Long id() {
    return id;
  }

  /** The stage left; empty for the move into the first stage. */
  public Optional<String> fromStage() {
    return Optional.ofNullable(fromStage);
  }

  /** The stage entered; empty when the application left with an outcome. */
  public Optional<String> toStage() {
    return Optional.ofNullable(toStage);
  }

  public Optional<ApplicationStatus> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public String movedBy() {
    return movedBy;
  }

  public Instant movedAt() {
    return movedAt;
  }
}
