package org.cadre.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named alternative to the baseline: a copy of the baseline plans of a unit subtree for a range
 * of quarters, edited apart from it, compared with it and perhaps promoted to it.
 */
@Entity
@Table(name = "plan_scenario")
public class Scenario {

  public static final int NAME_MAX = 60;

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_scenario_seq")
  @SequenceGenerator(
      name = "plan_scenario_seq",
      sequenceName = "plan_scenario_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "name", nullable = false, unique = true, length = NAME_MAX)
  private String name;

  @Column(name = "org_unit_code", nullable = false, length = 40)
  private String unitCode;

  @Column(name = "first_period", nullable = false, length = 7)
  private String firstPeriod;

  @Column(name = "last_period", nullable = false, length = 7)
  private String lastPeriod;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "promoted_by", length = 100)
  private String promotedBy;

  @Column(name = "promoted_at")
  private Instant promotedAt;

  protected Scenario() {
    // for JPA
  }

  public Scenario(
      String name, String unitCode, Quarter first, Quarter last, String createdBy, Instant at) {
    this.name = name;
    this.unitCode = unitCode;
    this.firstPeriod = first.toString();
    this.lastPeriod = last.toString();
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  /** Why the text cannot name a scenario, if it cannot. */
  public static Optional<String> nameProblem(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of("a scenario needs a name");
    }
    if (Scenarios.BASELINE.equals(name)) {
      return Optional.of("\"baseline\" is the plan itself; choose another name");
    }
    if (!NAME.matcher(name).matches()) {
      return Optional.of(
          "use 1 to 60 lower-case letters, digits and hyphens, starting with a letter or digit");
    }
    return Optional.empty();
  }

  public void promoted(String by, Instant at) {
    this.promotedBy = by;
    this.promotedAt = at;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String unitCode() {
    return unitCode;
  }

  public Quarter first() {
    return Quarter.parse(firstPeriod).orElseThrow();
  }

  public Quarter last() {
    return Quarter.parse(lastPeriod).orElseThrow();
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> promotedAt() {
    return Optional.ofNullable(promotedAt);
  }

  public Optional<String> promotedBy() {
    return Optional.ofNullable(promotedBy);
  }
}
