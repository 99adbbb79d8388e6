package org.cadre.web.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cadre.services.blueprint.TechnicalSkillView;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.competency.CandidatesView;
import org.cadre.services.competency.ImpactView;
import org.cadre.services.competency.ReadinessService;
import org.cadre.services.competency.RequiredLevelCommand;
import org.cadre.services.competency.RequirementService;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Blueprints and people: internal candidates, required levels, the impact of a revision. */
@Path("blueprints")
@RequestScoped
@Tag(name = "Competencies")
public class BlueprintCompetencyResource {

  @Inject private ReadinessService readiness;
  @Inject private RequirementService requirements;
  @Inject private CallerContext callers;

  @GET
  @Path("{id}/candidates")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Internal candidates for the blueprint at a level, ranked by readiness then weighted"
              + " gap; a manager sees those of their subtree and the count of others")
  public CandidatesView candidates(
      @PathParam("id") long id,
      @Parameter(
              description =
                  "a level such as SENIOR or Senior; people on the blueprint at it are"
                      + " left out")
          @QueryParam("level")
          String level,
      @Parameter(description = "the lowest proportional readiness, 0 to 1; default 0.7")
          @QueryParam("minReadiness")
          String minReadiness,
      @Parameter(description = "look in this unit and below it only") @QueryParam("orgUnit")
          String orgUnit) {
    return readiness.candidates(callers.caller(), id, level, minReadiness, orgUnit);
  }

  @GET
  @Path("{id}/revisions/{revision}/impact")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Who on the blueprint would fall below a requirement the revision raises or adds; HR"
              + " and ADMIN only")
  public ImpactView impact(@PathParam("id") long id, @PathParam("revision") int revision) {
    return requirements.impact(callers.caller(), id, revision);
  }

  @PUT
  @Path("{id}/skills/{skillId}/required-level")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set the level the draft requires in a skill (null: the importance's default); HR and"
              + " ADMIN, drafts only")
  public TechnicalSkillView requiredLevel(
      @PathParam("id") long id, @PathParam("skillId") int skillId, RequiredLevelCommand command) {
    if (command == null) {
      throw InvalidInputException.of(
          "requiredLevel", null, "send {\"requiredLevel\": a level from 0 to 5, or null}");
    }
    return requirements.requireLevel(callers.caller(), id, skillId, command.requiredLevel());
  }
}
