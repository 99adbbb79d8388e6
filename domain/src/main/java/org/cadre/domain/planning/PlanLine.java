package org.cadre.domain.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.cadre.domain.blueprint.Level;

/** One line of a headcount plan: a blueprint at a level, with planned FTE and cost. */
@Entity
@Table(name = "plan_line")
public class PlanLine {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_line_seq")
  @SequenceGenerator(name = "plan_line_seq", sequenceName = "plan_line_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false)
  private HeadcountPlan plan;

  @Column(name = "blueprint_id", nullable = false)
  private long blueprintId;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 20)
  private Level level;

  @Column(name = "planned_fte", nullable = false, precision = 7, scale = 3)
  private BigDecimal plannedFte;

  @Column(name = "cost_per_fte", precision = 14, scale = 2)
  private BigDecimal costPerFte;

  @Column(name = "justification", length = PlanLineRecord.JUSTIFICATION_MAX)
  private String justification;

  protected PlanLine() {
    // for JPA
  }

  PlanLine(HeadcountPlan plan, PlanLineRecord record) {
    this.plan = plan;
    this.blueprintId = record.blueprintId();
    this.level = record.level();
    state(record);
  }

  void state(PlanLineRecord record) {
    this.plannedFte = record.plannedFte();
    this.costPerFte = record.costPerFte();
    this.justification = record.justification();
  }

  public Long id() {
    return id;
  }

  public PlanLineRecord record() {
    return new PlanLineRecord(blueprintId, level, plannedFte, costPerFte, justification);
  }
}
