package org.cadre.domain.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * One version of the headcount plan of an org unit for a quarter in a scenario. Versions of the
 * same plan are numbered from 1; only the newest can change. An approved version is read-only:
 * changing the plan starts a new draft version, and the approved one stays in force until that one
 * is approved. The revision counts saves and guards against lost updates.
 */
@Entity
@Table(name = "headcount_plan")
public class HeadcountPlan {

  public static final int COMMENT_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headcount_plan_seq")
  @SequenceGenerator(
      name = "headcount_plan_seq",
      sequenceName = "headcount_plan_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "org_unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(name = "period", nullable = false, length = 7)
  private String period;

  @Column(name = "scenario", nullable = false, length = Scenario.NAME_MAX)
  private String scenario;

  @Column(name = "plan_version", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private PlanStatus status;

  @Column(name = "newest", nullable = false)
  private boolean newest;

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment", length = COMMENT_MAX)
  private String decisionComment;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<PlanLine> lines = new ArrayList<>();

  protected HeadcountPlan() {
    // for JPA
  }

  private HeadcountPlan(
      String unitCode, Quarter period, String scenario, int version, String by, Instant at) {
    this.unitCode = unitCode;
    this.period = period.toString();
    this.scenario = scenario;
    this.version = version;
    this.status = PlanStatus.DRAFT;
    this.newest = true;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** The first version of a plan: an empty draft. */
  public static HeadcountPlan start(
      String unitCode, Quarter period, String scenario, String by, Instant at) {
    return new HeadcountPlan(unitCode, period, scenario, 1, by, at);
  }

  /**
   * A new draft version with this version's lines; this one stays as it is (an approved version
   * stays in force) but is no longer the newest.
   */
  public HeadcountPlan nextVersion(String by, Instant at) {
    HeadcountPlan next = new HeadcountPlan(unitCode, period(), scenario, version + 1, by, at);
    for (PlanLine line : lines) {
      next.lines.add(new PlanLine(next, line.record()));
    }
    newest = false;
    return next;
  }

  /** A draft in another scenario with this version's lines, as a scenario copies the baseline. */
  public HeadcountPlan copyTo(String otherScenario, String by, Instant at) {
    HeadcountPlan copy = new HeadcountPlan(unitCode, period(), otherScenario, 1, by, at);
    for (PlanLine line : lines) {
      copy.lines.add(new PlanLine(copy, line.record()));
    }
    return copy;
  }

  /** Why the action is not possible now, or empty when it is. */
  public Optional<String> whyNot(PlanAction action) {
    String what = "The " + describe() + " is ";
    if (!newest) {
      return Optional.of(
          what
              + "not the newest version of its plan; open the newest to "
              + action.verb()
              + " it.");
    }
    boolean possible =
        switch (action) {
          case EDIT -> status != PlanStatus.SUBMITTED;
          case SUBMIT -> status == PlanStatus.DRAFT || status == PlanStatus.REJECTED;
          case APPROVE, REJECT -> status == PlanStatus.SUBMITTED;
        };
    if (possible) {
      return Optional.empty();
    }
    return Optional.of(
        what
            + status.label().toLowerCase(java.util.Locale.ROOT)
            + (action == PlanAction.EDIT
                ? "; it can change again once it has been approved or rejected."
                : ", so it cannot be " + pastTense(action) + "."));
  }

  /**
   * Replaces the lines with the given ones, keeping the lines of the same blueprint and level
   * (their ids), and says what changed. A rejected plan becomes a draft again. Needs an editable
   * version that is not approved: an approved one changes through {@link #nextVersion}.
   */
  public List<LineChange> replaceLines(List<PlanLineRecord> wanted, String by, Instant at) {
    requirePossible(PlanAction.EDIT);
    if (status == PlanStatus.APPROVED) {
      throw new IllegalStateException("an approved plan changes through a new version");
    }
    List<LineChange> changes = new ArrayList<>();
    List<PlanLineRecord> remaining = new ArrayList<>(wanted);
    for (Iterator<PlanLine> it = lines.iterator(); it.hasNext(); ) {
      PlanLine line = it.next();
      PlanLineRecord before = line.record();
      Optional<PlanLineRecord> after =
          remaining.stream().filter(r -> r.sameSeat(before)).findFirst();
      if (after.isEmpty()) {
        it.remove();
        changes.add(new LineChange(before, null));
      } else {
        remaining.remove(after.get());
        if (!after.get().sameAs(before)) {
          line.state(after.get());
          changes.add(new LineChange(before, after.get()));
        }
      }
    }
    for (PlanLineRecord added : remaining) {
      lines.add(new PlanLine(this, added));
      changes.add(new LineChange(null, added));
    }
    if (!changes.isEmpty()) {
      status = PlanStatus.DRAFT;
      touch(by, at);
    }
    return changes;
  }

  public void submit(String by, Instant at) {
    requirePossible(PlanAction.SUBMIT);
    status = PlanStatus.SUBMITTED;
    decidedBy = null;
    decidedAt = null;
    decisionComment = null;
    touch(by, at);
  }

  public void approve(String by, Instant at, String comment) {
    decide(PlanAction.APPROVE, PlanStatus.APPROVED, by, at, comment);
  }

  public void reject(String by, Instant at, String comment) {
    decide(PlanAction.REJECT, PlanStatus.REJECTED, by, at, comment);
  }

  /** Ends an approved version's time in force, as a newer version is approved. */
  public void supersede(String by, Instant at) {
    if (status != PlanStatus.APPROVED) {
      throw new IllegalStateException("only an approved plan can be superseded: " + describe());
    }
    status = PlanStatus.SUPERSEDED;
    touch(by, at);
  }

  private void decide(
      PlanAction action, PlanStatus outcome, String by, Instant at, String comment) {
    requirePossible(action);
    status = outcome;
    decidedBy = by;
    decidedAt = at;
    decisionComment = comment == null || comment.isBlank() ? null : comment.strip();
    touch(by, at);
  }

  private void requirePossible(PlanAction action) {
    whyNot(action)
        .ifPresent(
            reason -> {
              throw new IllegalStateException(reason);
            });
  }

  private void touch(String by, Instant at) {
    updatedBy = by;
    updatedAt = at;
  }

  private static String pastTense(PlanAction action) {
    return switch (action) {
      case EDIT -> "changed";
      case SUBMIT -> "submitted";
      case APPROVE -> "approved";
      case REJECT -> "rejected";
    };
  }

  /** "plan of ENG-PLAT for 2027-Q1 (baseline, version 2)". */
  public String describe() {
    return "plan of "
        + unitCode
        + " for "
        + period
        + " ("
        + scenario
        + ", version "
        + version
        + ")";
  }

  public Long id() {
    return id;
  }

  public String unitCode() {
    return unitCode;
  }

  public Quarter period() {
    return Quarter.parse(period).orElseThrow();
  }

  public String scenario() {
    return scenario;
  }

  public int version() {
    return version;
  }

  public PlanStatus status() {
    return status;
  }

  public boolean newest() {
    return newest;
  }

  public long revision() {
    return revision;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> decisionComment() {
    return Optional.ofNullable(decisionComment);
  }

  public List<PlanLineRecord> lines() {
    return lines.stream().map(PlanLine::record).toList();
  }

  @Override
  public String toString() {
    return describe();
  }
}
