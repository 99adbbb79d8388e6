package org.cadre.domain.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A node of the organisation tree, known by its code ("ENG-PLAT"). Its manager is an employee,
 * named by employee number; the parent is named by code, so that a file may define a unit below its
 * parent. Written in bulk from {@link OrgUnitRecord}s, which carry the rules.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  public static final int CODE_MAX = 40;
  public static final int NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
  @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
  private Long id;

  @Column(name = "code", nullable = false, unique = true, length = CODE_MAX)
  private String code;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private OrgUnitKind kind;

  @Column(name = "parent_code", length = CODE_MAX)
  private String parentCode;

  @Column(name = "manager_number", length = 40)
  private String managerNumber;

  @Column(name = "cost_centre", length = 40)
  private String costCentre;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OrgUnit() {
    // for JPA; org units are written in bulk from OrgUnitRecords
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public OrgUnitKind kind() {
    return kind;
  }

  /** The code of the unit above, or null at the top. */
  public String parentCode() {
    return parentCode;
  }

  public String managerNumber() {
    return managerNumber;
  }

  public String costCentre() {
    return costCentre;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** What HR stated about the unit, as an import compares it. */
  public OrgUnitRecord record() {
    return new OrgUnitRecord(code, name, kind, parentCode, managerNumber, costCentre);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgUnit other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return "OrgUnit " + code;
  }
}
