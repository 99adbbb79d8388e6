package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A behavioural skill a blueprint asks for: why it matters, how it shows, what strong looks like.
 */
@Embeddable
public class SoftSkill {

  @Column(name = "name", nullable = false, length = TechnicalSkill.NAME_MAX)
  private String name;

  @Column(name = "why_it_matters", length = TechnicalSkill.TEXT_MAX)
  private String whyItMatters;

  @Column(name = "shows_up_as", length = TechnicalSkill.TEXT_MAX)
  private String showsUpAs;

  @Column(name = "strong_performance", length = TechnicalSkill.TEXT_MAX)
  private String strongPerformance;

  @Column(name = "competency_id")
  private Long competencyId;

  protected SoftSkill() {
    // for JPA
  }

  public SoftSkill(String name, String whyItMatters, String showsUpAs, String strongPerformance) {
    this.name = Text.required(name, "soft skill name", TechnicalSkill.NAME_MAX);
    this.whyItMatters = Text.optional(whyItMatters, "why it matters", TechnicalSkill.TEXT_MAX);
    this.showsUpAs = Text.optional(showsUpAs, "how it shows up", TechnicalSkill.TEXT_MAX);
    this.strongPerformance =
        Text.optional(strongPerformance, "strong performance", TechnicalSkill.TEXT_MAX);
  }

  public String name() {
    return name;
  }

  public String whyItMatters() {
    return whyItMatters;
  }

  public String showsUpAs() {
    return showsUpAs;
  }

  public String strongPerformance() {
    return strongPerformance;
  }

  public Long competencyId() {
    return competencyId;
  }

  void linkTo(Long competencyId) {
    this.competencyId = competencyId;
  }

  /** Equal when they say the same; the competency link is bookkeeping, not content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SoftSkill other
        && name.equals(other.name)
        && Objects.equals(whyItMatters, other.whyItMatters)
        && Objects.equals(showsUpAs, other.showsUpAs)
        && Objects.equals(strongPerformance, other.strongPerformance);
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
