package org.cadre.web.blueprint;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.cadre.services.blueprint.BlueprintImportService;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.ImportResult;
import org.cadre.web.api.Uploads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports blueprint documents: one as the request body (any content type) or as the multipart field
 * {@code file}; many as a zip.
 */
@Path("blueprints/import")
@RequestScoped
@Tag(name = "Blueprints")
public class BlueprintImportResource {

  private static final String IMPORTED = "X-Cadre-Import-Outcome";

  @Inject private BlueprintImportService imports;
  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;
  @Context private UriInfo uri;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a blueprint document sent as the multipart field \"file\"")
  public Response importPart(
      @FormParam("file") EntityPart file,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Length") String length) {
    if (file == null) {
      throw org.cadre.services.common.InvalidInputException.of(
          "file", null, "send the document as the multipart field \"file\"");
    }
    String name = filename != null ? filename : file.getFileName().orElse("document");
    return imported(read(file.getContent(), name, length), name);
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a blueprint document sent as the request body")
  public Response importBody(
      InputStream body,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Length") String length) {
    String name = filename == null ? "document" : filename;
    return imported(read(body, name, length), name);
  }

  private byte[] read(InputStream in, String name, String length) {
    long limit = imports.limits(callers.caller()).documentBytes();
    Uploads.checkDeclaredLength(length, limit, name);
    return Uploads.read(in, limit, name);
  }

  private Response imported(byte[] content, String name) {
    ImportResult result = imports.importDocument(callers.caller(), content, name);
    var blueprint = blueprints.get(callers.caller(), result.blueprintId());
    Response.ResponseBuilder response =
        result.outcome() == ImportResult.Outcome.UNCHANGED
            ? Response.ok()
            : Response.created(
                uri.getBaseUriBuilder()
                    .path("blueprints")
                    .path(Long.toString(result.blueprintId()))
                    .build());
    return response.header(IMPORTED, result.outcome().name()).entity(blueprint).build();
  }
}
