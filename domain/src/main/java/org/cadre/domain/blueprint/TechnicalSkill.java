package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import org.cadre.domain.people.ExpectedLevel;

/**
 * A technical skill a blueprint asks for: its tier, what it is, how it is used, and how much it
 * matters. The blueprint's own wording of the importance is kept beside the normalised value.
 */
@Embeddable
public class TechnicalSkill {

  public static final int NAME_MAX = 300;
  public static final int TEXT_MAX = 4000;
  public static final int IMPORTANCE_TEXT_MAX = 300;

  @Enumerated(EnumType.STRING)
  @Column(name = "tier", nullable = false, length = 20)
  private SkillTier tier;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "description", length = TEXT_MAX)
  private String description;

  @Column(name = "typical_use", length = TEXT_MAX)
  private String typicalUse;

  @Enumerated(EnumType.STRING)
  @Column(name = "importance", length = 20)
  private Importance importance;

  @Column(name = "importance_text", length = IMPORTANCE_TEXT_MAX)
  private String importanceText;

  @Column(name = "competency_id")
  private Long competencyId;

  protected TechnicalSkill() {
    // for JPA
  }

  public TechnicalSkill(
      SkillTier tier,
      String name,
      String description,
      String typicalUse,
      Importance importance,
      String importanceText) {
    this.tier = Objects.requireNonNull(tier, "tier");
    this.name = Text.required(name, "skill name", NAME_MAX);
    this.description = Text.optional(description, "skill description", TEXT_MAX);
    this.typicalUse = Text.optional(typicalUse, "typical use", TEXT_MAX);
    this.importance = importance;
    this.importanceText = Text.optional(importanceText, "importance wording", IMPORTANCE_TEXT_MAX);
  }

  public SkillTier tier() {
    return tier;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String typicalUse() {
    return typicalUse;
  }

  public Optional<Importance> importance() {
    return Optional.ofNullable(importance);
  }

  public String importanceText() {
    return importanceText;
  }

  /** The proficiency (0-5) the blueprint asks of this skill, read from its importance. */
  public int requiredLevel() {
    return ExpectedLevel.of(importance);
  }

  /** The competency of the catalogue this skill is, once linked. */
  public Long competencyId() {
    return competencyId;
  }

  void linkTo(Long competencyId) {
    this.competencyId = competencyId;
  }

  /** The same skill in another tier with another importance, as HR edits it. */
  public TechnicalSkill with(SkillTier tier, Importance importance) {
    String wording =
        importance == this.importance
            ? importanceText
            : importance == null ? null : importance.label();
    TechnicalSkill edited =
        new TechnicalSkill(tier, name, description, typicalUse, importance, wording);
    edited.competencyId = competencyId;
    return edited;
  }

  /** Equal when they say the same; the competency link is bookkeeping, not content. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TechnicalSkill other
        && tier == other.tier
        && name.equals(other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(typicalUse, other.typicalUse)
        && importance == other.importance
        && Objects.equals(importanceText, other.importanceText);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tier, name, importance);
  }

  @Override
  public String toString() {
    return tier + " " + name + (importance == null ? "" : " (" + importance + ")");
  }
}
