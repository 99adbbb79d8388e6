package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A key performance indicator of a role: what it measures, why, its target and how often. */
@Embeddable
public class Kpi {

  @Column(name = "name", nullable = false, length = TechnicalSkill.TEXT_MAX)
  private String name;

  @Column(name = "measures", length = TechnicalSkill.TEXT_MAX)
  private String measures;

  @Column(name = "why_it_matters", length = TechnicalSkill.TEXT_MAX)
  private String whyItMatters;

  @Column(name = "target", length = TechnicalSkill.TEXT_MAX)
  private String target;

  @Column(name = "frequency", length = TechnicalSkill.IMPORTANCE_TEXT_MAX)
  private String frequency;

  protected Kpi() {
    // for JPA
  }

  public Kpi(String name, String measures, String whyItMatters, String target, String frequency) {
    this.name = Text.required(name, "KPI name", TechnicalSkill.TEXT_MAX);
    this.measures = Text.optional(measures, "what the KPI measures", TechnicalSkill.TEXT_MAX);
    this.whyItMatters = Text.optional(whyItMatters, "why the KPI matters", TechnicalSkill.TEXT_MAX);
    this.target = Text.optional(target, "KPI target", TechnicalSkill.TEXT_MAX);
    this.frequency = Text.optional(frequency, "KPI frequency", TechnicalSkill.IMPORTANCE_TEXT_MAX);
  }

  public String name() {
    return name;
  }

  public String measures() {
    return measures;
  }

  public String whyItMatters() {
    return whyItMatters;
  }

  public String target() {
    return target;
  }

  public String frequency() {
    return frequency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Kpi other
        && name.equals(other.name)
        && Objects.equals(measures, other.measures)
        && Objects.equals(whyItMatters, other.whyItMatters)
        && Objects.equals(target, other.target)
        && Objects.equals(frequency, other.frequency);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
