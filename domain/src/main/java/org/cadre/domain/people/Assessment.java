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
import java.time.LocalDate;
import java.util.Optional;

/**
 * A stored {@link AssessmentRecord}, with the level the person's blueprint required of the
 * competency when it was stored (null when it required none); read-only, written in bulk by imports
 * and the demo data.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
  @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
  private Long id;

  @Column(name = "employee_id", nullable = false)
  private long employeeId;

  @Column(name = "competency_id", nullable = false)
  private long competencyId;

  @Column(name = "level", nullable = false)
  private int level;

  @Column(name = "assessed_on", nullable = false)
  private LocalDate assessedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 20)
  private AssessmentSource source;

  @Column(name = "required_level", insertable = false, updatable = false)
  private Integer requiredLevel;

  protected Assessment() {
    // for JPA
  }

  public long employeeId() {
    return employeeId;
  }

  public long competencyId() {
    return competencyId;
  }

  public int level() {
    return level;
  }

  public LocalDate assessedOn() {
    return assessedOn;
  }

  public AssessmentSource source() {
    return source;
  }

  /** The level the person's blueprint required when the assessment was made, if it required one. */
  public Optional<Integer> requiredLevel() {
    return Optional.ofNullable(requiredLevel);
  }
}
