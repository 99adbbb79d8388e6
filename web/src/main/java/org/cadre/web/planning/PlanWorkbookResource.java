package org.cadre.web.planning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.imports.ImportSettings;
import org.cadre.services.planning.PlanImportView;
import org.cadre.services.planning.PlanWorkbookExport;
import org.cadre.services.planning.PlanWorkbookFile;
import org.cadre.services.planning.PlanWorkbookImport;
import org.cadre.web.api.Downloads;
import org.cadre.web.api.Uploads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Headcount plans in Excel: the workbook of a unit subtree over a range of quarters, and its
 * import. An import dry-runs first (a preview of every changed and every refused cell); a commit of
 * the same file applies the accepted changes at once, or answers 409 when the file was not dry-run
 * or a plan changed since it was exported.
 */
@Path("plans")
@RequestScoped
@Tag(name = "Planning")
public class PlanWorkbookResource {

  @Inject private PlanWorkbookExport exports;
  @Inject private PlanWorkbookImport imports;
  @Inject private ImportSettings settings;
  @Inject private CallerContext callers;

  @GET
  @Path("export.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(
      summary =
          "The plans of a unit and the units below it for a range of quarters, as a workbook to"
              + " plan in and import again")
  public Response export(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("scenario") String scenario) {
    PlanWorkbookFile file = exports.export(callers.caller(), orgUnit, from, to, scenario);
    return Downloads.file(file.content(), Downloads.XLSX, file.baseName(), "xlsx");
  }

  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dry-run or commit a plan workbook sent as the multipart field \"file\"")
  public PlanImportView importPart(
      @QueryParam("mode") @DefaultValue("dry-run") String mode,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Length") String length,
      @FormParam("file") EntityPart file) {
    if (file == null) {
      throw InvalidInputException.of(
          "file", null, "send the plan workbook as the multipart field \"file\"");
    }
    String name = filename != null ? filename : file.getFileName().orElse("plans.xlsx");
    return importFile(mode, name, length, file.getContent());
  }

  @POST
  @Path("import")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dry-run or commit a plan workbook sent as the request body")
  public PlanImportView importBody(
      @QueryParam("mode") @DefaultValue("dry-run") String mode,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Length") String length,
      InputStream body) {
    return importFile(mode, filename == null ? "plans.xlsx" : filename, length, body);
  }

  private PlanImportView importFile(String mode, String name, String length, InputStream content) {
    Uploads.checkDeclaredLength(length, settings.limits().maxBytes(), name);
    return imports.importFile(callers.caller(), mode, name, content);
  }
}
