package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A section of the blueprint document, heading and text, kept whole and in order. */
@Embeddable
public class Section {

  public static final int TEXT_MAX = 100_000;

  @Column(name = "heading", nullable = false, length = TechnicalSkill.NAME_MAX)
  private String heading;

  @Column(name = "body", length = TEXT_MAX)
  private String text;

  protected Section() {
    // for JPA
  }

  public Section(String heading, String text) {
    this.heading = Text.required(heading, "section heading", TechnicalSkill.NAME_MAX);
    this.text = Text.optional(text, "section " + heading, TEXT_MAX);
  }

  public String heading() {
    return heading;
  }

  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Section other
        && heading.equals(other.heading)
        && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return heading.hashCode();
  }

  @Override
  public String toString() {
    return heading;
  }
}
