package org.cadre.web.blueprint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.web.api.Downloads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The blueprint library as a workbook (its own root path: JAX-RS picks one class per path). */
@Path("blueprints.xlsx")
@RequestScoped
@Tag(name = "Blueprints")
public class BlueprintLibraryExportResource {

  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  @GET
  @Produces(Downloads.XLSX)
  @Operation(summary = "The library (with the same filters as the search) as a workbook")
  public Response workbook(
      @QueryParam("q") String q,
      @QueryParam("family") String family,
      @QueryParam("sort") String sort) {
    byte[] workbook =
        blueprints.libraryWorkbook(
            callers.caller(), BlueprintResource.query(q, family, sort, 0, 20));
    return Downloads.file(workbook, Downloads.XLSX, "blueprint-library", "xlsx");
  }
}
