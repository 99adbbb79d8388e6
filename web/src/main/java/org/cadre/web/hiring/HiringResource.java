package org.cadre.web.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cadre.services.hiring.FunnelView;
import org.cadre.services.hiring.HiringExports;
import org.cadre.services.hiring.HiringMetricsService;
import org.cadre.services.hiring.HiringPlanRow;
import org.cadre.services.hiring.InterviewRow;
import org.cadre.services.hiring.InterviewService;
import org.cadre.services.hiring.StageInput;
import org.cadre.services.hiring.StageTemplateService;
import org.cadre.services.hiring.TemplateView;
import org.cadre.web.api.Downloads;
import org.cadre.web.api.Revisions;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Hiring across requisitions: the funnel, the hiring plan against actual, the export, the pipeline
 * templates per family, and the caller's interviews.
 */
@Path("hiring")
@RequestScoped
@Tag(name = "Hiring")
public class HiringResource {

  @Inject private HiringMetricsService metrics;
  @Inject private HiringExports exports;
  @Inject private StageTemplateService templates;
  @Inject private InterviewService interviews;
  @Inject private CallerContext callers;

  @GET
  @Path("funnel")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The funnel of the applications made from the first to the last day (a year to today"
              + " by default): per reporting stage entered, passed, pass rate, median and 90th"
              + " percentile days in stage; time to fill, time to hire, offer acceptance and"
              + " source of hire")
  public FunnelView funnel(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("blueprint") Long blueprint,
      @QueryParam("requisition") Long requisition,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return metrics.funnel(callers.caller(), orgUnit, blueprint, requisition, from, to);
  }

  @GET
  @Path("plan")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Hiring plan against actual per unit (with its subtree) and quarter: FTE to hire,"
              + " requisitions open, hires started")
  public List<HiringPlanRow> plan(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return metrics.planAgainstActual(callers.caller(), orgUnit, from, to);
  }

  @GET
  @Path("export.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(
      summary =
          "Requisitions, applications with their stage history, and the funnel, as a workbook")
  public Response export(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return Downloads.file(
        exports.workbook(callers.caller(), orgUnit, from, to), Downloads.XLSX, "hiring", "xlsx");
  }

  @GET
  @Path("stage-templates")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every blueprint family's pipeline template, or the default")
  public List<TemplateView> templates() {
    return templates.all(callers.caller());
  }

  @GET
  @Path("stage-templates/{family}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A family's pipeline template")
  public TemplateView template(@PathParam("family") String family) {
    return templates.get(callers.caller(), family);
  }

  @PUT
  @Path("stage-templates/{family}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Set a family's pipeline (HR): requisitions opened from now copy it; If-Match may name"
              + " the revision changed")
  public TemplateView saveTemplate(
      @PathParam("family") String family,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      List<StageInput> stages) {
    return templates.save(callers.caller(), family, stages, Revisions.optional(ifMatch));
  }

  @GET
  @Path("interviews")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The caller's interviews, soonest first")
  public List<InterviewRow> interviews() {
    return interviews.mine(callers.caller());
  }
}
