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
import java.time.Instant;
import java.util.Optional;

/**
 * A person applying, or who applied, to requisitions. The normalised email and name-and-phone keys
 * ({@link DuplicateRule}) are stored beside the details so duplicates are found by index. A
 * candidate merged into another keeps its row (its history stays readable) but has no applications
 * left; an anonymised one keeps only what the funnel counts.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

  public static final String ANONYMOUS = "Anonymised";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_seq")
  @SequenceGenerator(name = "candidate_seq", sequenceName = "candidate_seq", allocationSize = 50)
  private Long id;

  @Column(name = "given_name", nullable = false, length = CandidateDetails.NAME_MAX)
  private String givenName;

  @Column(name = "family_name", nullable = false, length = CandidateDetails.NAME_MAX)
  private String familyName;

  @Column(name = "email", length = CandidateDetails.EMAIL_MAX)
  private String email;

  @Column(name = "phone", length = CandidateDetails.PHONE_MAX)
  private String phone;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 20)
  private CandidateSource source;

  @Column(name = "links", length = CandidateDetails.LINKS_MAX)
  private String links;

  @Column(name = "employee_number", length = 40)
  private String employeeNumber;

  @Column(name = "email_key", length = CandidateDetails.EMAIL_MAX)
  private String emailKey;

  @Column(name = "name_phone_key", length = 250)
  private String namePhoneKey;

  @Column(name = "merged_into")
  private Long mergedInto;

  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  protected Candidate() {
    // for JPA
  }

  private Candidate(CandidateDetails details, String by, Instant at) {
    this.createdBy = by;
    this.createdAt = at;
    write(details, at);
  }

  /** A new candidate; refused when the details have problems. */
  public static Candidate of(CandidateDetails details, String by, Instant at) {
    return new Candidate(details, by, at);
  }

  /** Replaces the details; refused when they have problems or the candidate is gone. */
  public void update(CandidateDetails details, Instant at) {
    requireCurrent();
    write(details, at);
  }

  private void write(CandidateDetails details, Instant at) {
    if (!details.problems().isEmpty()) {
      throw new IllegalArgumentException(details.problems().toString());
    }
    givenName = details.givenName();
    familyName = details.familyName();
    email = details.email();
    phone = details.phone();
    source = details.source();
    links = details.links();
    employeeNumber = details.employeeNumber();
    emailKey = DuplicateRule.emailKey(email);
    namePhoneKey = DuplicateRule.namePhoneKey(details);
    updatedAt = at;
  }

  /**
   * Takes what this candidate lacks from a duplicate merged into it: an email, a phone, links, the
   * employee link. What this one says wins.
   */
  public void absorb(Candidate duplicate, Instant at) {
    requireCurrent();
    CandidateDetails mine = details();
    CandidateDetails theirs = duplicate.details();
    write(
        new CandidateDetails(
            givenName,
            familyName,
            mine.email() != null ? mine.email() : theirs.email(),
            mine.phone() != null ? mine.phone() : theirs.phone(),
            source,
            joinLinks(mine.links(), theirs.links()),
            mine.employeeNumber() != null ? mine.employeeNumber() : theirs.employeeNumber()),
        at);
  }

  /** Marks this candidate as merged into another; its applications have moved there. */
  public void mergeInto(long survivorId, Instant at) {
    requireCurrent();
    if (id != null && id == survivorId) {
      throw new IllegalArgumentException("a candidate cannot be merged into itself");
    }
    mergedInto = survivorId;
    updatedAt = at;
  }

  /**
   * Removes the personal data: name, email, phone, links. The source and the applications stay, so
   * the funnel still counts them.
   */
  public void anonymise(Instant at) {
    if (anonymisedAt != null) {
      return;
    }
    givenName = ANONYMOUS;
    familyName = "#" + id;
    email = null;
    phone = null;
    links = null;
    emailKey = null;
    namePhoneKey = null;
    anonymisedAt = at;
    updatedAt = at;
  }

  /** Why the candidate cannot change or apply: merged into another, or anonymised. */
  public Optional<String> whyGone() {
    if (mergedInto != null) {
      return Optional.of(
          "Candidate " + id + " was merged into candidate " + mergedInto + "; use that one.");
    }
    if (anonymisedAt != null) {
      return Optional.of("Candidate " + id + " has been anonymised.");
    }
    return Optional.empty();
  }

  private void requireCurrent() {
    whyGone()
        .ifPresent(
            reason -> {
              throw new IllegalStateException(reason);
            });
  }

  private static String joinLinks(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null || a.contains(b)) {
      return a;
    }
    String joined = a + "\n" + b;
    return joined.length() > CandidateDetails.LINKS_MAX ? a : joined;
  }

  public CandidateDetails details() {
    return new CandidateDetails(givenName, familyName, email, phone, source, links, employeeNumber);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return givenName + " " + familyName;
  }

  public CandidateSource source() {
    return source;
  }

  public Optional<String> employeeNumber() {
    return Optional.ofNullable(employeeNumber);
  }

  public Optional<Long> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }

  public Optional<Instant> anonymisedAt() {
    return Optional.ofNullable(anonymisedAt);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long revision() {
    return revision;
  }

  @Override
  public String toString() {
    return "Candidate " + id;
  }
}
