package org.cadre.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One rating on a scorecard: an item of the interview kit rated 1 to 4 ({@link RatingScale}). A
 * skill's rating keeps its competency and the level the blueprint required, so a hire's assessments
 * can be seeded from it.
 */
@Embeddable
public class Rating {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 20)
  private KitItemKind kind;

  @Column(name = "item", nullable = false, length = 300)
  private String item;

  @Column(name = "competency_id")
  private Long competencyId;

  @Column(name = "required_level")
  private Integer requiredLevel;

  @Column(name = "rating", nullable = false)
  private int rating;

  protected Rating() {
    // for JPA
  }

  public Rating(KitItem item, int rating) {
    RatingScale.problem(rating)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    this.kind = item.kind();
    this.item = item.name();
    this.competencyId = item.competencyId();
    this.requiredLevel = item.requiredLevel();
    this.rating = rating;
  }

  public KitItemKind kind() {
    return kind;
  }

  public String item() {
    return item;
  }

  public Long competencyId() {
    return competencyId;
  }

  public Integer requiredLevel() {
    return requiredLevel;
  }

  public int rating() {
    return rating;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rating other
        && kind == other.kind
        && item.equals(other.item)
        && rating == other.rating;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, item, rating);
  }

  @Override
  public String toString() {
    return item + ": " + rating;
  }
}
