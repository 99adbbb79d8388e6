package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A role on a blueprint's career path, by title, with the blueprint's note on it. */
@Embeddable
public class CareerStep {

  @Enumerated(EnumType.STRING)
  @Column(name = "direction", nullable = false, length = 20)
  private CareerDirection direction;

  @Column(name = "title", nullable = false, length = BlueprintContent.TITLE_MAX)
  private String title;

  @Column(name = "note", length = TechnicalSkill.TEXT_MAX)
  private String note;

  protected CareerStep() {
    // for JPA
  }

  public CareerStep(CareerDirection direction, String title, String note) {
    this.direction = Objects.requireNonNull(direction, "direction");
    this.title = Text.required(title, "career path title", BlueprintContent.TITLE_MAX);
    this.note = Text.optional(note, "career path note", TechnicalSkill.TEXT_MAX);
  }

  public CareerDirection direction() {
    return direction;
  }

  public String title() {
    return title;
  }

  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CareerStep other
        && direction == other.direction
        && title.equals(other.title)
        && Objects.equals(note, other.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, title);
  }

  @Override
  public String toString() {
    return direction + " " + title;
  }
}
