package org.cadre.services.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.competency.Impact;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.SkillImpact;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.blueprint.TechnicalSkillView;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.UseCase;

/**
 * HR's side of required levels: setting the level a draft requires in a skill, and the impact of
 * publishing a revision on the people who hold its blueprint. HR and administrators only: drafts
 * are theirs alone.
 */
@ApplicationScoped
@UseCase
public class RequirementService {

  private RoleBlueprintRepository blueprints;
  private CompetencyData data;
  private AuditTrail audit;

  protected RequirementService() {
    // for CDI
  }

  @Inject
  public RequirementService(
      RoleBlueprintRepository blueprints, CompetencyData data, AuditTrail audit) {
    this.blueprints = blueprints;
    this.data = data;
    this.audit = audit;
  }

  /**
   * Sets the level the draft (the blueprint's latest revision) requires in one of its skills; null
   * goes back to the importance's default.
   */
  public TechnicalSkillView requireLevel(
      Caller caller, long blueprintId, int skillId, Integer level) {
    caller.require("set required levels", Role.HR, Role.ADMIN);
    RoleBlueprint blueprint = find(blueprintId);
    BlueprintRevision draft = blueprint.latestRevision();
    if (draft.status() != BlueprintStatus.DRAFT) {
      throw new ConflictException(
          "Revision "
              + draft.number()
              + " of "
              + draft.title()
              + " is "
              + draft.status().label().toLowerCase()
              + "; required levels are set on a draft, and publishing fixes them.");
    }
    TechnicalSkill before =
        draft.technicalSkills().stream()
            .filter(s -> Integer.valueOf(skillId).equals(s.skillId()))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Revision "
                            + draft.number()
                            + " of "
                            + draft.title()
                            + " has no skill "
                            + skillId
                            + "."));
    TechnicalSkill after;
    try {
      after = blueprint.requireLevel(skillId, level, Instant.now());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("requiredLevel", level, e.getMessage());
    }
    blueprints.store(blueprint);
    audit.record(
        caller,
        "blueprint.required-level",
        "blueprint",
        Long.toString(blueprintId),
        "revision "
            + draft.number()
            + ": "
            + before.name()
            + " required level "
            + before.requiredLevel()
            + " → "
            + after.requiredLevel()
            + (after.isLevelSet() ? "" : " (the importance's default)"));
    return TechnicalSkillView.of(after);
  }

  /**
   * Who would fall below a requirement if this revision were published, against the revision
   * published now.
   */
  public ImpactView impact(Caller caller, long blueprintId, int revisionNumber) {
    caller.require("see the impact of a revision", Role.HR, Role.ADMIN);
    RoleBlueprint blueprint = find(blueprintId);
    BlueprintRevision revision =
        blueprint.revisions().stream()
            .filter(r -> r.number() == revisionNumber)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Blueprint " + blueprintId + " has no revision " + revisionNumber + "."));
    BlueprintRevision published = blueprint.publishedRevision().orElse(null);
    RequiredProfile next = RequiredProfile.of(blueprintId, revision);
    RequiredProfile inForce = published == null ? null : RequiredProfile.of(blueprintId, published);
    List<PersonSkills> people =
        data.people(PeopleQuery.inPost(null, data.today()).onBlueprint(blueprintId));
    List<ImpactView.SkillImpactView> skills =
        Impact.of(inForce, next, people).stream().map(RequirementService::view).toList();
    return new ImpactView(
        blueprintId,
        revisionNumber,
        published == null ? null : published.number(),
        people.size(),
        skills);
  }

  private static ImpactView.SkillImpactView view(SkillImpact impact) {
    long competency = impact.after().competencyId();
    return new ImpactView.SkillImpactView(
        competency,
        impact.after().name(),
        impact.after().importance(),
        impact.before(),
        impact.after().level(),
        impact.fallingBelow().stream()
            .map(
                p ->
                    new ImpactView.ImpactPersonView(
                        p.number(),
                        p.name(),
                        p.unitCode(),
                        p.levels().latest(competency).map(a -> a.level()).orElse(null)))
            .toList());
  }

  private RoleBlueprint find(long id) {
    return blueprints
        .find(id)
        .orElseThrow(
            () -> new NotFoundException("There is no blueprint " + id + " in the library."));
  }
}
