package org.cadre.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cadre.services.blueprint.BlueprintQuery;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintSummaryView;
import org.cadre.services.blueprint.BlueprintView;
import org.cadre.services.common.PageView;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The blueprint library. */
@Path("")
@RequestScoped
@Tag(name = "Blueprints", description = "The role blueprint library")
public class BlueprintResource {

  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  @GET
  @Path("blueprints")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Search the library: latest revisions for HR, published ones for others")
  public PageView<BlueprintSummaryView> list(
      @Parameter(description = "text in title or summary") @QueryParam("q") String q,
      @QueryParam("family") String family,
      @Parameter(description = "title, family, level or status; prefix - for descending")
          @QueryParam("sort")
          String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    return blueprints.list(callers.caller(), query(q, family, sort, page, size));
  }

  @GET
  @Path("blueprints/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One blueprint, whole")
  public BlueprintView get(@PathParam("id") long id) {
    return blueprints.get(callers.caller(), id);
  }

  @GET
  @Path("blueprints/{id}/profile.pdf")
  @Produces(Downloads.PDF)
  @Operation(summary = "The blueprint profile as a printable PDF")
  public Response profile(@PathParam("id") long id) {
    BlueprintView blueprint = blueprints.get(callers.caller(), id);
    return Downloads.file(
        blueprints.profilePdf(callers.caller(), id), Downloads.PDF, blueprint.title(), "pdf");
  }

  @GET
  @Path("blueprints.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The library (with the same filters as the search) as a workbook")
  public Response workbook(
      @QueryParam("q") String q,
      @QueryParam("family") String family,
      @QueryParam("sort") String sort) {
    byte[] workbook =
        blueprints.libraryWorkbook(callers.caller(), query(q, family, sort, null, null));
    return Downloads.file(workbook, Downloads.XLSX, "blueprint-library", "xlsx");
  }

  private static BlueprintQuery query(
      String q, String family, String sort, String page, String size) {
    return new BlueprintQuery(
        q,
        family,
        sort,
        QueryParams.integer("page", page, 0),
        QueryParams.integer("size", size, 20));
  }
}
