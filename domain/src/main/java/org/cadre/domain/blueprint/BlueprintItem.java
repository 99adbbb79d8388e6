package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One item of a grouped list: a responsibility under its category, an activity under its cadence, a
 * deliverable under its group, a goal under its horizon, an education or certification line.
 */
@Embeddable
public class BlueprintItem {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private ItemKind kind;

  @Column(name = "item_group", length = TechnicalSkill.NAME_MAX)
  private String group;

  @Column(name = "text", nullable = false, length = TechnicalSkill.TEXT_MAX)
  private String text;

  protected BlueprintItem() {
    // for JPA
  }

  public BlueprintItem(ItemKind kind, String group, String text) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.group = Text.optional(group, "item group", TechnicalSkill.NAME_MAX);
    this.text = Text.required(text, kind.label().toLowerCase() + " item", TechnicalSkill.TEXT_MAX);
  }

  public ItemKind kind() {
    return kind;
  }

  public String group() {
    return group;
  }

  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlueprintItem other
        && kind == other.kind
        && Objects.equals(group, other.group)
        && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text);
  }

  @Override
  public String toString() {
    return kind + " " + text;
  }
}
