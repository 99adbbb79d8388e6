package org.cadre.web.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.cadre.services.common.PageView;
import org.cadre.services.common.PlainText;
import org.cadre.services.hiring.ApplicationView;
import org.cadre.services.hiring.BoardView;
import org.cadre.services.hiring.GapView;
import org.cadre.services.hiring.PipelineService;
import org.cadre.services.hiring.RequisitionCommand;
import org.cadre.services.hiring.RequisitionRow;
import org.cadre.services.hiring.RequisitionService;
import org.cadre.services.hiring.RequisitionView;
import org.cadre.web.api.Revisions;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Requisitions: opened for a plan's seat, approved, opened to candidates, put on hold, reopened,
 * cancelled; their boards and applications. A requisition's ETag is its revision; an {@code
 * If-Match} on a workflow call refuses it (412) when the requisition changed meanwhile.
 */
@Path("requisitions")
@RequestScoped
@Tag(name = "Hiring")
public class RequisitionResource {

  /** What cancelling takes. */
  public record Reason(@PlainText String reason) {}

  /** What applying takes. */
  public record NewApplication(
      @NotNull(message = "an application needs the candidate's id") Long candidateId) {}

  @Inject private RequisitionService requisitions;
  @Inject private PipelineService pipeline;
  @Inject private CallerContext callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Open a requisition for a seat: within the plan's gap it takes a planned position;"
              + " beyond it, it needs a justification and leadership's approval")
  public Response create(RequisitionCommand command, @jakarta.ws.rs.core.Context UriInfo uri) {
    RequisitionView created = requisitions.create(callers.caller(), command);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .tag(Revisions.tag(created.revision()))
        .entity(created)
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Requisitions the caller sees, newest first, of a unit and those below it")
  public PageView<RequisitionRow> list(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return requisitions.list(callers.caller(), orgUnit, status, page, size);
  }

  @GET
  @Path("gap")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A seat's gap in a quarter, as a new requisition would be filled in")
  public GapView gap(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("blueprintId") Long blueprintId,
      @QueryParam("level") String level,
      @QueryParam("quarter") String quarter) {
    return requisitions.gap(callers.caller(), orgUnit, blueprintId, level, quarter);
  }

  @GET
  @Path("{id: \\d+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One requisition")
  public Response get(@PathParam("id") long id) {
    return answer(requisitions.get(callers.caller(), id));
  }

  @GET
  @Path("{id: \\d+}/board")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The requisition's pipeline board: applications by stage")
  public BoardView board(@PathParam("id") long id) {
    return pipeline.board(callers.caller(), id);
  }

  @POST
  @Path("{id: \\d+}/approve")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve a draft (a manager above the unit, or leadership)")
  public Response approve(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return answer(requisitions.approve(callers.caller(), id, Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id: \\d+}/open")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open an approved requisition to candidates with its family's pipeline")
  public Response open(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return answer(requisitions.open(callers.caller(), id, Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id: \\d+}/hold")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Put an open requisition on hold; its days on hold are recorded")
  public Response hold(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return answer(requisitions.hold(callers.caller(), id, Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id: \\d+}/reopen")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reopen a requisition on hold")
  public Response reopen(
      @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    return answer(requisitions.reopen(callers.caller(), id, Revisions.optional(ifMatch)));
  }

  @POST
  @Path("{id: \\d+}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cancel a requisition; the reason is required")
  public Response cancel(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid Reason reason) {
    return answer(
        requisitions.cancel(
            callers.caller(),
            id,
            Revisions.optional(ifMatch),
            reason == null ? null : reason.reason()));
  }

  @POST
  @Path("{id: \\d+}/applications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A candidate applies to the open requisition")
  public Response apply(
      @PathParam("id") long id,
      @Valid NewApplication application,
      @jakarta.ws.rs.core.Context UriInfo uri) {
    ApplicationView created =
        pipeline.apply(
            callers.caller(), id, application == null ? null : application.candidateId());
    return Response.created(
            uri.getBaseUriBuilder().path("applications").path(Long.toString(created.id())).build())
        .tag(Revisions.tag(created.revision()))
        .entity(created)
        .build();
  }

  private static Response answer(RequisitionView requisition) {
    return Response.ok(requisition).tag(Revisions.tag(requisition.revision())).build();
  }
}
