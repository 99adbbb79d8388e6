package org.cadre.domain.hiring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One interviewer's scorecard for one interview: ratings of the kit's items, notes and a
 * recommendation. It is submitted whole; changing it later is an edit, counted and described so the
 * audit trail says what changed.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_seq")
  @SequenceGenerator(name = "scorecard_seq", sequenceName = "scorecard_seq", allocationSize = 50)
  private Long id;

  @Column(name = "interview_id", nullable = false)
  private long interviewId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "interviewer", nullable = false, length = 100)
  private String interviewer;

  @Enumerated(EnumType.STRING)
  @Column(name = "recommendation", nullable = false, length = 20)
  private Recommendation recommendation;

  @Column(name = "notes", length = ScorecardSheet.NOTES_MAX)
  private String notes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "scorecard_rating", joinColumns = @JoinColumn(name = "scorecard_id"))
  @OrderColumn(name = "list_index")
  private List<Rating> ratings = new ArrayList<>();

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "edits", nullable = false)
  private int edits;

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  protected Scorecard() {
    // for JPA
  }

  private Scorecard(Interview interview, String interviewer, Instant at) {
    this.interviewId = interview.id();
    this.applicationId = interview.applicationId();
    this.interviewer = interviewer;
    this.submittedAt = at;
    this.updatedAt = at;
  }

  /** The interviewer's scorecard for the interview; refused for someone not interviewing. */
  public static Scorecard submit(
      Interview interview, String interviewer, InterviewKit kit, ScorecardSheet sheet, Instant at) {
    if (!interview.isAssigned(interviewer)) {
      throw new IllegalStateException(
          interviewer + " is not an interviewer of interview " + interview.id() + ".");
    }
    Scorecard scorecard = new Scorecard(interview, interviewer, at);
    scorecard.ratings.addAll(sheet.toRatings(kit));
    scorecard.notes = sheet.notes();
    scorecard.recommendation = sheet.recommendation();
    return scorecard;
  }

  /**
   * Changes a submitted scorecard.
   *
   * @return what changed, for the audit trail; empty when nothing did
   */
  public String revise(InterviewKit kit, ScorecardSheet sheet, Instant at) {
    List<Rating> wanted = sheet.toRatings(kit);
    List<String> changes = new ArrayList<>();
    Map<String, Integer> before = byItem(ratings);
    Map<String, Integer> after = byItem(wanted);
    for (Map.Entry<String, Integer> e : after.entrySet()) {
      Integer old = before.get(e.getKey());
      if (!e.getValue().equals(old)) {
        changes.add(e.getKey() + ": " + (old == null ? "not rated" : old) + " -> " + e.getValue());
      }
    }
    before.keySet().stream()
        .filter(item -> !after.containsKey(item))
        .forEach(item -> changes.add(item + ": " + before.get(item) + " -> not rated"));
    if (recommendation != sheet.recommendation()) {
      changes.add(
          "recommendation: " + recommendation.label() + " -> " + sheet.recommendation().label());
    }
    if (!Objects.equals(notes, sheet.notes())) {
      changes.add("notes changed");
    }
    if (changes.isEmpty()) {
      return "";
    }
    ratings.clear();
    ratings.addAll(wanted);
    notes = sheet.notes();
    recommendation = sheet.recommendation();
    updatedAt = at;
    edits++;
    return String.join("; ", changes);
  }

  /** Removes the notes, which may name the candidate, as anonymising does. */
  public void clearNotes() {
    notes = null;
  }

  private static Map<String, Integer> byItem(List<Rating> ratings) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (Rating rating : ratings) {
      map.put(rating.item(), rating.rating());
    }
    return map;
  }

  public Long id() {
    return id;
  }

  public long interviewId() {
    return interviewId;
  }

  public long applicationId() {
    return applicationId;
  }

  public String interviewer() {
    return interviewer;
  }

  public Recommendation recommendation() {
    return recommendation;
  }

  public String notes() {
    return notes;
  }

  public List<Rating> ratings() {
    return List.copyOf(ratings);
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** How many times it was changed after it was submitted. */
  public int edits() {
    return edits;
  }

  public long revision() {
    return revision;
  }
}
