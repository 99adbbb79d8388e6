package org.cadre.web.blueprint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.services.blueprint.BlueprintView;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.competency.BlueprintPersonView;
import org.cadre.services.competency.ImpactView;
import org.cadre.services.competency.ReadinessService;
import org.cadre.services.competency.RequirementService;
import org.cadre.web.security.CallerContext;

/**
 * The blueprint page's people: those in post on the blueprint with their readiness for it, and, on
 * a draft, who would fall below a requirement if it were published (HR only). Read when first
 * shown.
 */
@Named
@ViewScoped
public class BlueprintPeopleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BlueprintBacking page;
  @Inject private ReadinessService readiness;
  @Inject private RequirementService requirements;
  @Inject private CallerContext callers;

  private List<BlueprintPersonView> people;
  private ImpactView impact;

  /** The people on the blueprint the caller may see; none while nothing is published. */
  public List<BlueprintPersonView> getPeople() {
    if (people == null) {
      try {
        people = readiness.peopleOn(callers.caller(), page.getId());
      } catch (NotFoundException e) {
        people = List.of();
      }
    }
    return people;
  }

  public boolean isPublished() {
    return page.getBlueprint().publishedRevision() != null;
  }

  /** Whether the page shows a draft to HR, who may see its impact. */
  public boolean isImpactShown() {
    BlueprintView blueprint = page.getBlueprint();
    return callers.caller().hasAny(Role.HR, Role.ADMIN)
        && blueprint.status() == BlueprintStatus.DRAFT;
  }

  public ImpactView getImpact() {
    if (impact == null && isImpactShown()) {
      impact = requirements.impact(callers.caller(), page.getId(), page.getBlueprint().revision());
    }
    return impact;
  }

  /** Forgets what was read, after a required level changed. */
  void refresh() {
    people = null;
    impact = null;
  }

  public int share(double share) {
    return (int) Math.round(share * 100);
  }
}
