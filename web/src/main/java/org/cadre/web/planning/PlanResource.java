package org.cadre.web.planning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cadre.services.common.PlainText;
import org.cadre.services.planning.HeadcountService;
import org.cadre.services.planning.PlanEventView;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.services.planning.PlanView;
import org.cadre.services.planning.PlanningService;
import org.cadre.services.planning.UnitHeadcountView;
import org.cadre.web.api.Revisions;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Headcount plans. A plan's ETag is its revision: changes send it back in {@code If-Match}, and a
 * change made to an outdated revision is answered 412 with what changed since.
 */
@Path("plans")
@RequestScoped
@Tag(name = "Planning")
public class PlanResource {

  /** What {@code POST /api/plans} takes: the plan to start (the baseline without a scenario). */
  public record NewPlan(
      @NotNull(message = "a plan needs a unit, e.g. \"ENG\"") String orgUnit,
      @NotNull(message = "a plan needs a quarter, e.g. \"2030-Q1\"") String period,
      @PlainText String scenario) {}

  /** What approving or rejecting takes. */
  public record Decision(@PlainText String comment) {}

  @Inject private PlanningService planning;
  @Inject private HeadcountService headcount;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The newest version of a unit's plan for a quarter and scenario; id null when there is"
              + " none yet")
  public Response plan(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("period") String period,
      @QueryParam("scenario") String scenario) {
    return answer(planning.plan(callers.caller(), orgUnit, period, scenario));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a unit's plan for a quarter as an empty draft")
  public Response start(@Valid @NotNull(message = "send the plan as JSON") NewPlan plan) {
    PlanView started =
        planning.start(callers.caller(), plan.orgUnit(), plan.period(), plan.scenario());
    return Response.status(Response.Status.CREATED)
        .tag(Revisions.tag(started.revision()))
        .entity(started)
        .build();
  }

  @GET
  @Path("overview")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every unit the caller sees with its plan status and subtree totals")
  public List<UnitHeadcountView> overview(
      @QueryParam("period") String period, @QueryParam("scenario") String scenario) {
    return headcount.overview(callers.caller(), period, scenario);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One plan version")
  public Response plan(@PathParam("id") long id) {
    return answer(planning.plan(callers.caller(), id));
  }

  @PUT
  @Path("{id}/lines")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Replace a plan's lines; If-Match must carry its revision. Changing an approved plan"
              + " starts a new draft version, which the answer is")
  public Response lines(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "send the plan's lines as a JSON list")
          List<@Valid PlanLineInput> lines) {
    long revision = Revisions.required(ifMatch);
    return answer(planning.saveLines(callers.caller(), id, revision, lines));
  }

  @POST
  @Path("{id}/submit")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Submit a draft for approval")
  public Response submit(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return answer(planning.submit(callers.caller(), id, Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve a submitted plan, with an optional comment")
  public Response approve(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid Decision decision) {
    return answer(
        planning.approve(callers.caller(), id, Revisions.optional(ifMatch), comment(decision)));
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject a submitted plan; the comment says why")
  public Response reject(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid Decision decision) {
    return answer(
        planning.reject(callers.caller(), id, Revisions.optional(ifMatch), comment(decision)));
  }

  @GET
  @Path("{id}/history")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every change to every version of the plan, newest first")
  public List<PlanEventView> history(@PathParam("id") long id) {
    return planning.history(callers.caller(), id);
  }

  private static String comment(Decision decision) {
    return decision == null ? null : decision.comment();
  }

  private static Response answer(PlanView plan) {
    Response.ResponseBuilder response = Response.ok(plan);
    if (plan.id() != null) {
      response.tag(Revisions.tag(plan.revision()));
    }
    return response.build();
  }
}
