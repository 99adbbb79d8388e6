package org.cadre.web.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cadre.services.common.PlainText;
import org.cadre.services.hiring.ApplicationView;
import org.cadre.services.hiring.HireService;
import org.cadre.services.hiring.HireView;
import org.cadre.services.hiring.InterviewCommand;
import org.cadre.services.hiring.InterviewKitView;
import org.cadre.services.hiring.InterviewService;
import org.cadre.services.hiring.InterviewView;
import org.cadre.services.hiring.OfferCommand;
import org.cadre.services.hiring.OfferService;
import org.cadre.services.hiring.OfferView;
import org.cadre.services.hiring.PipelineService;
import org.cadre.services.hiring.ScorecardCommand;
import org.cadre.services.hiring.ScorecardView;
import org.cadre.services.hiring.ScorecardsView;
import org.cadre.web.api.Revisions;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Applications: moves through the pipeline, rejection and withdrawal, interviews and their kit,
 * scorecards, the offer and the hire. An application's ETag is its revision; an {@code If-Match} on
 * a move refuses it (412) when the application moved meanwhile, and of two moves sent at once
 * without one the second is refused (409).
 */
@Path("applications")
@RequestScoped
@Tag(name = "Hiring")
public class ApplicationResource {

  /** What a move takes: the stage's name on the requisition. */
  public record Move(
      @NotBlank(message = "a move needs the stage to move to, e.g. \"Interview\"") @PlainText
          String stage) {}

  /** What a rejection takes. */
  public record Reason(@PlainText String reason) {}

  @Inject private PipelineService pipeline;
  @Inject private InterviewService interviews;
  @Inject private OfferService offers;
  @Inject private HireService hires;
  @Inject private CallerContext callers;

  @GET
  @Path("{id: \\d+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An application with its history, interviews and offers")
  public Response get(@PathParam("id") long id) {
    return answer(pipeline.get(callers.caller(), id));
  }

  @POST
  @Path("{id: \\d+}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the application to a stage: forwards, skipping stages or back")
  public Response move(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid Move move) {
    return answer(
        pipeline.move(
            callers.caller(), id, move == null ? null : move.stage(), Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id: \\d+}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reject the application; the reason is required")
  public Response reject(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid Reason reason) {
    return answer(
        pipeline.reject(
            callers.caller(),
            id,
            reason == null ? null : reason.reason(),
            Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id: \\d+}/withdraw")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that the candidate withdrew")
  public Response withdraw(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return answer(pipeline.withdraw(callers.caller(), id, Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id: \\d+}/interviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Schedule an interview at a stage with interviewers (usernames)")
  public Response schedule(@PathParam("id") long id, InterviewCommand command) {
    InterviewView interview = interviews.schedule(callers.caller(), id, command);
    return Response.status(Response.Status.CREATED).entity(interview).build();
  }

  @GET
  @Path("{id: \\d+}/interview-kit")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The interview kit from the blueprint: scorecard dimensions with rating anchors and"
              + " must-have skills with required levels")
  public InterviewKitView kit(@PathParam("id") long id) {
    return interviews.kit(callers.caller(), id);
  }

  @POST
  @Path("{id: \\d+}/scorecards")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit the caller's scorecard for their interview, or change it (an audited edit)")
  public Response score(@PathParam("id") long id, ScorecardCommand command) {
    ScorecardView scorecard = interviews.submit(callers.caller(), id, command);
    return Response.status(scorecard.edits() == 0 ? Response.Status.CREATED : Response.Status.OK)
        .entity(scorecard)
        .build();
  }

  @GET
  @Path("{id: \\d+}/scorecards")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The scorecards the caller may read: blind until they have submitted their own; HR and"
              + " the hiring manager once the interviews have taken place")
  public ScorecardsView scorecards(@PathParam("id") long id) {
    return interviews.scorecards(callers.caller(), id);
  }

  @POST
  @Path("{id: \\d+}/offer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make an offer (HR); it awaits approval")
  public Response offer(@PathParam("id") long id, OfferCommand command, @Context UriInfo uri) {
    OfferView offer = offers.propose(callers.caller(), id, command);
    return Response.created(
            uri.getBaseUriBuilder().path("offers").path(Long.toString(offer.id())).build())
        .entity(offer)
        .build();
  }

  @POST
  @Path("{id: \\d+}/hire")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Hire on the accepted offer: the employee is created (or moved), assessments seeded,"
              + " the requisition and position filled")
  public HireView hire(@PathParam("id") long id) {
    return hires.hire(callers.caller(), id);
  }

  private static Response answer(ApplicationView application) {
    return Response.ok(application).tag(Revisions.tag(application.revision())).build();
  }
}
