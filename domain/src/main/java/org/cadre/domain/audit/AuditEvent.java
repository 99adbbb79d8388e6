package org.cadre.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One audited write: who did which action to which subject, when, with a readable detail. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  public static final int DETAILS_MAX = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 100)
  private String actor;

  @Column(name = "action", nullable = false, length = 100)
  private String action;

  @Column(name = "subject_type", nullable = false, length = 100)
  private String subjectType;

  @Column(name = "subject_id", length = 100)
  private String subjectId;

  @Column(name = "details", length = DETAILS_MAX)
  private String details;

  protected AuditEvent() {
    // for JPA
  }

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String details) {
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    this.subjectId = subjectId;
    this.details =
        details == null || details.length() <= DETAILS_MAX
            ? details
            : details.substring(0, DETAILS_MAX - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String subjectType() {
    return subjectType;
  }

  public String subjectId() {
    return subjectId;
  }

  public String details() {
    return details;
  }
}
