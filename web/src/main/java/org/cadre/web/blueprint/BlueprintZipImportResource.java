package org.cadre.web.blueprint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import org.cadre.services.blueprint.BlueprintImportService;
import org.cadre.services.blueprint.ImportResult;
import org.cadre.web.api.Uploads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Imports every blueprint document of a zip, each on its own. */
@jakarta.ws.rs.Path("blueprints/import-zip")
@RequestScoped
@Tag(name = "Blueprints")
public class BlueprintZipImportResource {

  @Inject private BlueprintImportService imports;
  @Inject private CallerContext callers;

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import every document of a zip; the answer says what happened to each")
  public List<ImportResult> importZip(
      InputStream body,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Length") String length) {
    String name = filename == null ? "upload.zip" : filename;
    long limit = imports.limits(callers.caller()).zipBytes();
    Uploads.checkDeclaredLength(length, limit, name);
    return imports.importZip(callers.caller(), Uploads.read(body, limit, name), name);
  }
}
