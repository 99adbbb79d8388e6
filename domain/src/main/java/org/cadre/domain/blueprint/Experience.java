package org.cadre.domain.blueprint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Years of experience a blueprint asks for, as numbers and in its own words. */
@Embeddable
public class Experience {

  public static final Experience NONE = new Experience(null, null, null);

  @Column(name = "experience_min_years")
  private Integer minYears;

  @Column(name = "experience_max_years")
  private Integer maxYears;

  @Column(name = "experience_text", length = TechnicalSkill.TEXT_MAX)
  private String text;

  protected Experience() {
    // for JPA
  }

  public Experience(Integer minYears, Integer maxYears, String text) {
    if (minYears != null && maxYears != null && maxYears < minYears) {
      throw new IllegalArgumentException(
          "experience of "
              + minYears
              + " to "
              + maxYears
              + " years: the maximum is below the minimum");
    }
    this.minYears = minYears;
    this.maxYears = maxYears;
    this.text = Text.optional(text, "experience", TechnicalSkill.TEXT_MAX);
  }

  public Integer minYears() {
    return minYears;
  }

  public Integer maxYears() {
    return maxYears;
  }

  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Experience other
        && Objects.equals(minYears, other.minYears)
        && Objects.equals(maxYears, other.maxYears)
        && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minYears, maxYears, text);
  }
}
