package org.cadre.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;

/**
 * An offer to the candidate of an application. HR approves it; when its salary is above the cost
 * table's rate by more than the tolerance ({@link OfferRule}), leadership approves it too. Once
 * approved the candidate accepts or declines it.
 */
@Entity
@Table(name = "offer")
public class Offer {

  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offer_seq")
  @SequenceGenerator(name = "offer_seq", sequenceName = "offer_seq", allocationSize = 50)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "requisition_id", nullable = false)
  private long requisitionId;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 20)
  private Level level;

  @Column(name = "fte", nullable = false, precision = 4, scale = 3)
  private BigDecimal fte;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "annual_salary", nullable = false, precision = 14, scale = 2)
  private BigDecimal annualSalary;

  @Column(name = "rate_per_fte", precision = 14, scale = 2)
  private BigDecimal ratePerFte;

  @Column(name = "needs_leadership", nullable = false)
  private boolean needsLeadership;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private OfferStatus status;

  @Column(name = "hr_approved_by", length = 100)
  private String hrApprovedBy;

  @Column(name = "hr_approved_at")
  private Instant hrApprovedAt;

  @Column(name = "leadership_approved_by", length = 100)
  private String leadershipApprovedBy;

  @Column(name = "leadership_approved_at")
  private Instant leadershipApprovedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "reason", length = REASON_MAX)
  private String reason;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  protected Offer() {
    // for JPA
  }

  private Offer(
      Application application, OfferTerms terms, BigDecimal ratePerFte, String by, Instant at) {
    this.applicationId = application.id();
    this.requisitionId = application.requisitionId();
    this.level = terms.level();
    this.fte = terms.fte();
    this.startDate = terms.startDate();
    this.annualSalary = terms.annualSalary();
    this.ratePerFte = ratePerFte;
    this.needsLeadership = OfferRule.needsLeadership(terms.annualSalary(), terms.fte(), ratePerFte);
    this.status = OfferStatus.PROPOSED;
    this.createdBy = by;
    this.createdAt = at;
  }

  /**
   * An offer for an application at an offer stage, awaiting approval.
   *
   * @param ratePerFte the cost table's rate for the blueprint and level, or null for none
   */
  public static Offer propose(
      Application application, OfferTerms terms, BigDecimal ratePerFte, String by, Instant at) {
    application
        .whyNot(ApplicationAction.OFFER)
        .ifPresent(
            reason -> {
              throw new IllegalStateException(reason);
            });
    if (!terms.problems().isEmpty()) {
      throw new IllegalArgumentException(terms.problems().toString());
    }
    return new Offer(application, terms, ratePerFte, by, at);
  }

  /** Why the action is not possible now, or empty when it is. */
  public Optional<String> whyNot(OfferAction action) {
    boolean possible =
        switch (action) {
          case APPROVE -> status == OfferStatus.PROPOSED;
          case ACCEPT, DECLINE -> status == OfferStatus.APPROVED;
          case WITHDRAW -> status == OfferStatus.PROPOSED || status == OfferStatus.APPROVED;
        };
    if (possible) {
      return Optional.empty();
    }
    return Optional.of(
        "Offer "
            + id
            + " is "
            + status.label().toLowerCase(java.util.Locale.ROOT)
            + ", so it cannot be "
            + action.pastTense()
            + ".");
  }

  /**
   * Why an approver with these roles has nothing to approve, or empty when they give an approval
   * the offer still needs.
   */
  public Optional<String> whyNotApprove(boolean asHr, boolean asLeadership) {
    Optional<String> state = whyNot(OfferAction.APPROVE);
    if (state.isPresent()) {
      return state;
    }
    boolean hrGives = asHr && hrApprovedBy == null;
    boolean leadershipGives = asLeadership && needsLeadership && leadershipApprovedBy == null;
    if (hrGives || leadershipGives) {
      return Optional.empty();
    }
    if (!asHr && !needsLeadership) {
      return Optional.of(
          "Offer " + id + " is within the cost table's rate, so HR approves it alone.");
    }
    return Optional.of(
        "Offer "
            + id
            + " awaits "
            + (hrApprovedBy == null ? "HR's" : "leadership's")
            + " approval; yours is given already or not needed.");
  }

  /** Gives the approvals the roles stand for; approved once every approval needed is in. */
  public void approve(boolean asHr, boolean asLeadership, String by, Instant at) {
    whyNotApprove(asHr, asLeadership).ifPresent(Offer::refuse);
    if (asHr && hrApprovedBy == null) {
      hrApprovedBy = by;
      hrApprovedAt = at;
    }
    if (asLeadership && needsLeadership && leadershipApprovedBy == null) {
      leadershipApprovedBy = by;
      leadershipApprovedAt = at;
    }
    if (hrApprovedBy != null && (!needsLeadership || leadershipApprovedBy != null)) {
      status = OfferStatus.APPROVED;
    }
  }

  public void accept(Instant at) {
    whyNot(OfferAction.ACCEPT).ifPresent(Offer::refuse);
    status = OfferStatus.ACCEPTED;
    decidedAt = at;
  }

  public void decline(String reason, Instant at) {
    whyNot(OfferAction.DECLINE).ifPresent(Offer::refuse);
    status = OfferStatus.DECLINED;
    decidedAt = at;
    this.reason = shorten(reason);
  }

  /** Takes back an offer not yet answered, as when the application ends. */
  public void withdraw(String reason, Instant at) {
    whyNot(OfferAction.WITHDRAW).ifPresent(Offer::refuse);
    status = OfferStatus.WITHDRAWN;
    decidedAt = at;
    this.reason = shorten(reason);
  }

  private static String shorten(String reason) {
    if (reason == null || reason.isBlank()) {
      return null;
    }
    String text = reason.strip();
    return text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
  }

  private static void refuse(String reason) {
    throw new IllegalStateException(reason);
  }

  public Long id() {
    return id;
  }

  public long applicationId() {
    return applicationId;
  }

  public long requisitionId() {
    return requisitionId;
  }

  public OfferTerms terms() {
    return new OfferTerms(level, fte, startDate, annualSalary);
  }

  public Optional<BigDecimal> ratePerFte() {
    return Optional.ofNullable(ratePerFte);
  }

  public boolean needsLeadership() {
    return needsLeadership;
  }

  public OfferStatus status() {
    return status;
  }

  public Optional<String> hrApprovedBy() {
    return Optional.ofNullable(hrApprovedBy);
  }

  public Optional<Instant> hrApprovedAt() {
    return Optional.ofNullable(hrApprovedAt);
  }

  public Optional<String> leadershipApprovedBy() {
    return Optional.ofNullable(leadershipApprovedBy);
  }

  public Optional<Instant> leadershipApprovedAt() {
    return Optional.ofNullable(leadershipApprovedAt);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long revision() {
    return revision;
  }

  @Override
  public String toString() {
    return "offer " + id;
  }
}
