package org.cadre.domain.planning;

/**
 * How one line of a plan changed in one save.
 *
 * @param before null when the line was added
 * @param after null when the line was removed
 */
public record LineChange(PlanLineRecord before, PlanLineRecord after) {

  public PlanLineRecord either() {
    return after != null ? after : before;
  }
}
