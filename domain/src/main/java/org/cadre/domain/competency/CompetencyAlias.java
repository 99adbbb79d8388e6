package org.cadre.domain.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Another wording of a competency, as a blueprint or a merged competency called it. */
@Embeddable
public class CompetencyAlias {

  @Column(name = "alias", nullable = false, length = CompetencyKey.MAX)
  private String alias;

  @Column(name = "alias_key", nullable = false, length = CompetencyKey.MAX)
  private String key;

  protected CompetencyAlias() {
    // for JPA
  }

  CompetencyAlias(String alias) {
    this.alias = alias.strip();
    this.key = CompetencyKey.of(alias);
  }

  public String alias() {
    return alias;
  }

  public String key() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetencyAlias other && alias.equals(other.alias);
  }

  @Override
  public int hashCode() {
    return Objects.hash(alias);
  }
}
