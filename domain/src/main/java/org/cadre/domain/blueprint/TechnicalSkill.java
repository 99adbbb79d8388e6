package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * A technical skill a blueprint asks for: its tier, what it is, how it is used, how much it matters
 * and the proficiency it requires. The blueprint's own wording of the importance is kept beside the
 * normalised value. The required level follows the importance ({@link
 * Importance#requiredLevel(Importance)}) unless HR set it on the draft; publishing fixes it with
 * the revision. The skill id names the skill within its blueprint, across edits and revisions.
 */
@Embeddable
public class TechnicalSkill {

  public static final int NAME_MAX = 300;
  public static final int TEXT_MAX = 4000;
  public static final int IMPORTANCE_TEXT_MAX = 300;
  public static final int MIN_LEVEL = 0;
  public static final int MAX_LEVEL = 5;

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

  @Column(name = "skill_id")
  private Integer skillId;

  @Column(name = "required_level", nullable = false)
  private int requiredLevel;

  /** Whether HR set the required level, rather than it following the importance. */
  @Column(name = "level_set", nullable = false)
  private boolean levelSet;

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
    this.requiredLevel = Importance.requiredLevel(importance);
  }

  private TechnicalSkill copy() {
    TechnicalSkill copy =
        new TechnicalSkill(tier, name, description, typicalUse, importance, importanceText);
    copy.competencyId = competencyId;
    copy.skillId = skillId;
    copy.requiredLevel = requiredLevel;
    copy.levelSet = levelSet;
    return copy;
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

  /** The competency of the catalogue this skill is, once linked. */
  public Long competencyId() {
    return competencyId;
  }

  void linkTo(Long competencyId) {
    this.competencyId = competencyId;
  }

  /** The skill's id within its blueprint; null until the blueprint holds it. */
  public Integer skillId() {
    return skillId;
  }

  /**
   * The proficiency (0-5) the revision requires in this skill: set by HR, else the importance's
   * default.
   */
  public int requiredLevel() {
    return requiredLevel;
  }

  /** Whether HR set the required level; if not, it follows the importance. */
  public boolean isLevelSet() {
    return levelSet;
  }

  /** How much a missing level of this skill weighs in a weighted gap. */
  public int weight() {
    return Importance.weight(importance);
  }

  public boolean isCritical() {
    return importance == Importance.CRITICAL;
  }

  /**
   * The same skill in another tier with another importance, as HR edits it. A level HR set stays;
   * otherwise the required level follows the new importance.
   */
  public TechnicalSkill with(SkillTier tier, Importance importance) {
    String wording =
        importance == this.importance
            ? importanceText
            : importance == null ? null : importance.label();
    TechnicalSkill edited =
        new TechnicalSkill(tier, name, description, typicalUse, importance, wording);
    edited.competencyId = competencyId;
    edited.skillId = skillId;
    if (levelSet) {
      edited.requiredLevel = requiredLevel;
      edited.levelSet = true;
    }
    return edited;
  }

  /**
   * The same skill requiring another level, as HR sets it on a draft; null goes back to the
   * importance's default.
   *
   * @throws IllegalArgumentException for a level outside 0-5
   */
  public TechnicalSkill requiring(Integer level) {
    TechnicalSkill edited = copy();
    if (level == null) {
      edited.requiredLevel = Importance.requiredLevel(importance);
      edited.levelSet = false;
    } else {
      if (level < MIN_LEVEL || level > MAX_LEVEL) {
        throw new IllegalArgumentException(
            "a required level is a whole number from "
                + MIN_LEVEL
                + " to "
                + MAX_LEVEL
                + ", not "
                + level);
      }
      edited.requiredLevel = level;
      edited.levelSet = true;
    }
    return edited;
  }

  /** This skill under an id of its blueprint. */
  TechnicalSkill identified(int id) {
    TechnicalSkill identified = copy();
    identified.skillId = id;
    return identified;
  }

  /**
   * This skill as the next revision of an earlier one: it takes the earlier skill's id, and the
   * level HR set on it unless this one has its own.
   */
  TechnicalSkill succeeding(TechnicalSkill earlier) {
    TechnicalSkill next = copy();
    next.skillId = earlier.skillId;
    if (!levelSet && earlier.levelSet) {
      next.requiredLevel = earlier.requiredLevel;
      next.levelSet = true;
    }
    return next;
  }

  /**
   * Equal when they say and require the same; the competency link and the id are bookkeeping, not
   * content.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof TechnicalSkill other
        && tier == other.tier
        && name.equals(other.name)
        && Objects.equals(description, other.description)
        && Objects.equals(typicalUse, other.typicalUse)
        && importance == other.importance
        && Objects.equals(importanceText, other.importanceText)
        && requiredLevel == other.requiredLevel
        && levelSet == other.levelSet;
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
