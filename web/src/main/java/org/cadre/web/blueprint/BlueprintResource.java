package org.cadre.web.blueprint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.cadre.services.blueprint.BlueprintEdit;
import org.cadre.services.blueprint.BlueprintQuery;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintSummaryView;
import org.cadre.services.blueprint.BlueprintView;
import org.cadre.services.blueprint.DiffView;
import org.cadre.services.blueprint.RevisionView;
import org.cadre.services.common.PageView;
import org.cadre.web.api.Downloads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The blueprint library. */
@Path("blueprints")
@RequestScoped
@Tag(name = "Blueprints", description = "The role blueprint library")
public class BlueprintResource {

  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search the library: latest revisions for HR, published ones for others")
  public PageView<BlueprintSummaryView> list(
      @Parameter(description = "text in title or summary") @QueryParam("q") String q,
      @QueryParam("family") String family,
      @Parameter(description = "title, family, level or status; prefix - for descending")
          @QueryParam("sort")
          String sort,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return blueprints.list(callers.caller(), query(q, family, sort, page, size));
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One blueprint, whole")
  public BlueprintView get(@PathParam("id") long id) {
    return blueprints.get(callers.caller(), id);
  }

  @GET
  @Path("{id}/revisions")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The blueprint's revisions, oldest first")
  public List<RevisionView> revisions(@PathParam("id") long id) {
    return blueprints.revisions(callers.caller(), id);
  }

  @GET
  @Path("{id}/revisions/{revision}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One revision of the blueprint, whole")
  public BlueprintView revision(@PathParam("id") long id, @PathParam("revision") int revision) {
    return blueprints.get(callers.caller(), id, revision);
  }

  @GET
  @Path("{id}/diff")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "What changed between two revisions: skills, KPIs, tools, scorecard, career path")
  public DiffView diff(
      @PathParam("id") long id,
      @QueryParam("from") @DefaultValue("1") int from,
      @QueryParam("to") Integer to) {
    return blueprints.diff(callers.caller(), id, from, to == null ? from + 1 : to);
  }

  @POST
  @Path("{id}/publish")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Publish the latest revision (a draft); HR and ADMIN only")
  public BlueprintView publish(@PathParam("id") long id) {
    return blueprints.publish(callers.caller(), id);
  }

  @PUT
  @Path("{id}/draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change the draft's title, family, level, track and skill tiers and importances; send"
              + " the version you read (409 when someone changed it meanwhile)")
  public BlueprintView editDraft(
      @PathParam("id") long id,
      @Valid @NotNull(message = "send the edit as JSON") BlueprintEdit edit) {
    return blueprints.editDraft(callers.caller(), id, edit);
  }

  @GET
  @Path("{id}.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The blueprint as a workbook: skills, KPIs, tools, scorecard, career path")
  public Response blueprintWorkbook(@PathParam("id") long id) {
    BlueprintView blueprint = blueprints.get(callers.caller(), id);
    return Downloads.file(
        blueprints.workbook(callers.caller(), id), Downloads.XLSX, blueprint.title(), "xlsx");
  }

  @GET
  @Path("{id}/profile.pdf")
  @Produces(Downloads.PDF)
  @Operation(summary = "The blueprint profile as a printable PDF")
  public Response profile(@PathParam("id") long id) {
    BlueprintView blueprint = blueprints.get(callers.caller(), id);
    return Downloads.file(
        blueprints.profilePdf(callers.caller(), id), Downloads.PDF, blueprint.title(), "pdf");
  }

  static BlueprintQuery query(String q, String family, String sort, int page, int size) {
    return new BlueprintQuery(q, family, sort, page, size);
  }
}
