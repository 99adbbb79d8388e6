package org.cadre.web.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import org.cadre.domain.imports.ImportKind;
import org.cadre.services.imports.ImportService;
import org.cadre.services.imports.ImportWorkbooks;
import org.cadre.web.api.Downloads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The templates of the imports and the error workbooks of import runs. */
@Path("imports")
@RequestScoped
@Tag(name = "Imports")
public class ImportWorkbookResource {

  @Inject private ImportWorkbooks workbooks;
  @Inject private CallerContext callers;

  @GET
  @Path("templates/{kind}.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The template of an import kind, with instructions and drop-down lists")
  public Response template(@PathParam("kind") String kind) {
    ImportKind importKind = ImportService.kind(kind);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbooks.template(callers.caller(), importKind, out);
    return Downloads.file(
        out.toByteArray(), Downloads.XLSX, importKind.slug() + "-template", "xlsx");
  }

  @GET
  @Path("{id}/errors.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The uploaded rows with an Errors column and the bad cells highlighted")
  public Response errors(@PathParam("id") long id) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbooks.errors(callers.caller(), id, out);
    return Downloads.file(out.toByteArray(), Downloads.XLSX, "import-" + id + "-errors", "xlsx");
  }
}
