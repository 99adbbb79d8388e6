package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;

/**
 * A tool used in the role, with how common it is there (normalised and in the document's words).
 */
@Embeddable
public class Tool {

  @Column(name = "category", length = TechnicalSkill.NAME_MAX)
  private String category;

  @Column(name = "tool", nullable = false, length = TechnicalSkill.NAME_MAX)
  private String tool;

  @Column(name = "primary_use", length = TechnicalSkill.TEXT_MAX)
  private String use;

  @Enumerated(EnumType.STRING)
  @Column(name = "commonality", length = 20)
  private Commonality commonality;

  @Column(name = "commonality_text", length = TechnicalSkill.IMPORTANCE_TEXT_MAX)
  private String commonalityText;

  protected Tool() {
    // for JPA
  }

  public Tool(
      String category, String tool, String use, Commonality commonality, String commonalityText) {
    this.category = Text.optional(category, "tool category", TechnicalSkill.NAME_MAX);
    this.tool = Text.required(tool, "tool", TechnicalSkill.NAME_MAX);
    this.use = Text.optional(use, "tool use", TechnicalSkill.TEXT_MAX);
    this.commonality = commonality;
    this.commonalityText =
        Text.optional(commonalityText, "commonality wording", TechnicalSkill.IMPORTANCE_TEXT_MAX);
  }

  public String category() {
    return category;
  }

  public String tool() {
    return tool;
  }

  public String use() {
    return use;
  }

  public Optional<Commonality> commonality() {
    return Optional.ofNullable(commonality);
  }

  public String commonalityText() {
    return commonalityText;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tool other
        && Objects.equals(category, other.category)
        && tool.equals(other.tool)
        && Objects.equals(use, other.use)
        && commonality == other.commonality
        && Objects.equals(commonalityText, other.commonalityText);
  }

  @Override
  public int hashCode() {
    return tool.hashCode();
  }

  @Override
  public String toString() {
    return tool;
  }
}
