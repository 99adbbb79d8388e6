package org.cadre.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.cadre.services.reporting.ReportFileView;
import org.cadre.services.reporting.ReportRunView;
import org.cadre.services.reporting.ReportScheduleView;
import org.cadre.services.reporting.ReportSchedules;
import org.cadre.services.reporting.ReportService;
import org.cadre.services.reporting.WorkforcePackCommand;
import org.cadre.web.api.Downloads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Leadership report packs. {@code GET /api/reports/workforce.pdf} (or {@code .xlsx}) answers a
 * small pack at once; {@code POST /api/reports} asks for one to be made in the background (202 with
 * its id), whose progress {@code GET /api/reports/{id}} tells and whose file {@code GET
 * /api/reports/{id}/file} gives once made. A manager's pack covers their own subtree only.
 */
@Path("reports")
@RequestScoped
@Tag(name = "Reports")
public class ReportResource {

  @Inject private ReportService reports;
  @Inject private ReportSchedules schedules;
  @Inject private CallerContext callers;
  @Context private UriInfo uri;

  @GET
  @Path("workforce.pdf")
  @Produces(Downloads.PDF)
  @Operation(summary = "The workforce pack of a unit (blank: the whole organisation) as a PDF")
  public Response pdf(@BeanParam PackQuery query) {
    return direct(query.command("pdf"));
  }

  @GET
  @Path("workforce.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The workforce pack of a unit as its Excel twin")
  public Response xlsx(@BeanParam PackQuery query) {
    return direct(query.command("xlsx"));
  }

  private Response direct(WorkforcePackCommand command) {
    return download(reports.direct(callers.caller(), command));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask for a pack to be made in the background; 202 with its id")
  public Response request(WorkforcePackCommand command) {
    ReportRunView run =
        reports.request(callers.caller(), command == null ? WorkforcePackCommand.NONE : command);
    return Response.accepted(run)
        .location(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build())
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The packs the caller asked for, newest first")
  public List<ReportRunView> list() {
    return reports.list(callers.caller());
  }

  @GET
  @Path("{id: \\d+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Where one of the caller's packs stands: status, percent, pages, error")
  public ReportRunView get(@PathParam("id") long id) {
    return reports.get(callers.caller(), id);
  }

  @GET
  @Path("{id: \\d+}/file")
  @Operation(summary = "The file of one of the caller's packs, once made")
  public Response file(@PathParam("id") long id) {
    return download(reports.file(callers.caller(), id));
  }

  @GET
  @Path("{id: \\d+}/preview.png")
  @Produces("image/png")
  @Operation(summary = "A picture of the first page of one of the caller's PDF packs")
  public Response preview(@PathParam("id") long id) {
    return Response.ok(reports.preview(callers.caller(), id), "image/png")
        .header("Cache-Control", "private, max-age=3600")
        .build();
  }

  @POST
  @Path("schedules")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Have a pack of a unit made at the start of every quarter")
  public Response schedule(WorkforcePackCommand command) {
    ReportScheduleView schedule =
        schedules.schedule(
            callers.caller(), command == null ? WorkforcePackCommand.NONE : command, Instant.now());
    return Response.status(Response.Status.CREATED)
        .entity(schedule)
        .location(uri.getAbsolutePathBuilder().path(Long.toString(schedule.id())).build())
        .build();
  }

  @GET
  @Path("schedules")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's quarterly packs")
  public List<ReportScheduleView> schedules() {
    return schedules.list(callers.caller());
  }

  @DELETE
  @Path("schedules/{id: \\d+}")
  @Operation(summary = "Stop one of the caller's quarterly packs")
  public Response unschedule(@PathParam("id") long id) {
    schedules.unschedule(callers.caller(), id);
    return Response.noContent().build();
  }

  private static Response download(ReportFileView file) {
    String name = file.fileName();
    int dot = name.lastIndexOf('.');
    return Downloads.file(
        file.content(), file.mediaType(), name.substring(0, dot), name.substring(dot + 1));
  }
}
