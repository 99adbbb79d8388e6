package org.cadre.domain.blueprint;

/** A blueprint as people name it: the title and level of its latest revision. */
public record BlueprintName(long id, String title, Level level) {

  /** "Platform Engineer (Senior)", or the title alone when the blueprint has no level. */
  public String label() {
    return level == null ? title : title + " (" + level.label() + ")";
  }
}
