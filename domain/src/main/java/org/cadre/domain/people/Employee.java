package org.cadre.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.org.OrgUnit;

/**
 * A person in an org unit holding a blueprint at a level, known by employee number. FTE is a share
 * of a full-time post, above 0 and at most 1. The annual cost is confidential: only HR, leadership
 * and administrators see it.
 */
@Entity
@Table(name = "employee")
public class Employee {

  public static final int NUMBER_MAX = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
  @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
  private Long id;

  @Column(name = "employee_number", nullable = false, unique = true, length = NUMBER_MAX)
  private String number;

  @Column(name = "given_name", nullable = false, length = 100)
  private String givenName;

  @Column(name = "family_name", nullable = false, length = 100)
  private String familyName;

  @Column(name = "email", length = 200)
  private String email;

  @Column(name = "org_unit_code", nullable = false, length = OrgUnit.CODE_MAX)
  private String unitCode;

  @Column(name = "blueprint_id")
  private Long blueprintId;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 20)
  private Level level;

  @Column(name = "fte", nullable = false, precision = 4, scale = 3)
  private BigDecimal fte;

  @Column(name = "hire_date")
  private LocalDate hireDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "location", length = 100)
  private String location;

  @Column(name = "annual_cost", precision = 14, scale = 2)
  private BigDecimal annualCost;

  protected Employee() {
    // for JPA
  }

  public Long id() {
    return id;
  }

  public String number() {
    return number;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public String email() {
    return email;
  }

  public String unitCode() {
    return unitCode;
  }

  public Optional<Long> blueprintId() {
    return Optional.ofNullable(blueprintId);
  }

  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  public BigDecimal fte() {
    return fte;
  }

  public LocalDate hireDate() {
    return hireDate;
  }

  public Optional<LocalDate> endDate() {
    return Optional.ofNullable(endDate);
  }

  public String location() {
    return location;
  }

  public Optional<BigDecimal> annualCost() {
    return Optional.ofNullable(annualCost);
  }

  /** What HR stated about the employee, as an import compares it. */
  public EmployeeRecord record() {
    return new EmployeeRecord(
        number,
        givenName,
        familyName,
        email,
        unitCode,
        blueprintId,
        level,
        fte,
        hireDate,
        endDate,
        location,
        annualCost);
  }

  /** Whether the employee is in post on the day: hired by then and not yet gone. */
  public boolean inPostOn(LocalDate day) {
    return (hireDate == null || !hireDate.isAfter(day))
        && (endDate == null || !endDate.isBefore(day));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Employee other && number.equals(other.number);
  }

  @Override
  public int hashCode() {
    return number.hashCode();
  }

  @Override
  public String toString() {
    return "Employee " + number;
  }
}
