package org.cadre.reports.workforce;

import java.util.List;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.planning.PlanStatus;

/** What the pack's numbers were read from: plan versions and blueprint revisions. */
public record PackLineage(List<PlanVersion> plans, List<Revision> blueprints) {

  public PackLineage {
    plans = List.copyOf(plans);
    blueprints = List.copyOf(blueprints);
  }

  /** The newest version of a unit's plan for a quarter, which the pack used. */
  public record PlanVersion(
      String unitCode, String unitName, String quarter, int version, PlanStatus status) {}

  /** The revision of a blueprint whose title the pack prints. */
  public record Revision(String title, int revision, BlueprintStatus status) {}
}
