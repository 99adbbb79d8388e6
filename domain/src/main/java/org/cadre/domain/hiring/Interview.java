package org.cadre.domain.hiring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An interview of an application at one of its stages, with the interviewers (portal users who are
 * employees) who each fill one scorecard for it.
 */
@Entity
@Table(name = "interview")
public class Interview {

  public static final int MAX_INTERVIEWERS = 8;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_seq")
  @SequenceGenerator(name = "interview_seq", sequenceName = "interview_seq", allocationSize = 50)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "stage_name", nullable = false, length = PipelineStage.NAME_MAX)
  private String stageName;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "interview_interviewer", joinColumns = @JoinColumn(name = "interview_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "username", nullable = false, length = 100)
  private List<String> interviewers = new ArrayList<>();

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Interview() {
    // for JPA
  }

  public Interview(
      long applicationId,
      String stageName,
      List<String> interviewers,
      Instant scheduledAt,
      String by,
      Instant at) {
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(interviewers));
    if (distinct.isEmpty() || distinct.size() > MAX_INTERVIEWERS) {
      throw new IllegalArgumentException(
          "an interview has 1 to " + MAX_INTERVIEWERS + " interviewers");
    }
    this.applicationId = applicationId;
    this.stageName = stageName;
    this.interviewers = distinct;
    this.scheduledAt = scheduledAt;
    this.createdBy = by;
    this.createdAt = at;
  }

  public boolean isAssigned(String username) {
    return interviewers.contains(username);
  }

  /** Whether the interview has taken place: its time has come. */
  public boolean heldBy(Instant now) {
    return !scheduledAt.isAfter(now);
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public String stageName() {
    return stageName;
  }

  public Instant scheduledAt() {
    return scheduledAt;
  }

  public List<String> interviewers() {
    return List.copyOf(interviewers);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
