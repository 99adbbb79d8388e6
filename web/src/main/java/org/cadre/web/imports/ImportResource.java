package org.cadre.web.imports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.services.access.Caller;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.PageView;
import org.cadre.services.imports.ImportRunView;
import org.cadre.services.imports.ImportService;
import org.cadre.services.imports.ImportSettings;
import org.cadre.web.api.Uploads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * HR spreadsheet imports. {@code POST /api/imports/{kind}?mode=dry-run|commit} takes the file as
 * the request body or as the multipart field {@code file} and answers when the run ends (or 202
 * with its progress if it takes longer than {@code cadre.import.wait-seconds}); a run that refused
 * the file answers 422 and has written nothing.
 */
@Path("imports")
@RequestScoped
@Tag(name = "Imports")
public class ImportResource {

  @Inject private ImportService imports;
  @Inject private ImportSettings settings;
  @Inject private CallerContext callers;
  @Context private UriInfo uri;

  @POST
  @Path("{kind}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dry-run or commit a spreadsheet sent as the multipart field \"file\"")
  public void startPart(
      @PathParam("kind") String kind,
      @QueryParam("mode") @DefaultValue("dry-run") String mode,
      @QueryParam("skipInvalid") @DefaultValue("false") boolean skipInvalid,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Length") String length,
      @FormParam("file") EntityPart file,
      @Suspended AsyncResponse response) {
    if (file == null) {
      throw InvalidInputException.of(
          "file", null, "send the spreadsheet as the multipart field \"file\"");
    }
    String name = filename != null ? filename : file.getFileName().orElse("upload");
    start(kind, mode, skipInvalid, name, length, file.getContent(), response);
  }

  @POST
  @Path("{kind}")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dry-run or commit a spreadsheet sent as the request body")
  public void startBody(
      @PathParam("kind") String kind,
      @QueryParam("mode") @DefaultValue("dry-run") String mode,
      @QueryParam("skipInvalid") @DefaultValue("false") boolean skipInvalid,
      @QueryParam("filename") String filename,
      @HeaderParam("Content-Length") String length,
      InputStream body,
      @Suspended AsyncResponse response) {
    start(kind, mode, skipInvalid, filename == null ? "upload" : filename, length, body, response);
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The import history, newest first")
  public PageView<ImportRunView> history(
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return imports.history(callers.caller(), page, size);
  }

  @GET
  @Path("{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An import's status, progress, counts and first errors")
  public ImportAnswer get(@PathParam("id") long id) {
    Caller caller = callers.caller();
    return answer(caller, imports.get(caller, id));
  }

  /**
   * Starts the run and answers when its job ends, or with its progress once the wait is over; the
   * request thread is not held meanwhile (the response is suspended, and resumed on a container
   * thread).
   */
  private void start(
      String kindSlug,
      String modeSlug,
      boolean skipInvalid,
      String name,
      String length,
      InputStream content,
      AsyncResponse response) {
    ImportKind kind = ImportService.kind(kindSlug);
    var mode = ImportService.mode(modeSlug);
    Uploads.checkDeclaredLength(length, settings.limits().maxBytes(), name);
    Caller caller = callers.caller();
    ImportRunView started = imports.start(caller, kind, mode, skipInvalid, name, content);
    URI location =
        uri.getBaseUriBuilder().path("imports").path(Long.toString(started.importId())).build();
    imports
        .whenEnded(caller, started.importId(), settings.apiWait())
        .thenApply(run -> response(caller, run, location))
        .whenComplete(
            (answer, failure) -> {
              if (failure == null) {
                response.resume(answer);
              } else {
                response.resume(
                    failure instanceof CompletionException ? failure.getCause() : failure);
              }
            });
  }

  /** 200 with the run that ended, 422 if it refused the file, 202 with its progress if running. */
  private Response response(Caller caller, ImportRunView run, URI location) {
    ImportAnswer answer = answer(caller, run);
    if (!run.finished()) {
      return Response.accepted(answer).location(location).build();
    }
    return Response.status(run.status() == ImportStatus.FAILED ? 422 : 200)
        .type(MediaType.APPLICATION_JSON)
        .entity(answer)
        .build();
  }

  private ImportAnswer answer(Caller caller, ImportRunView run) {
    List<ImportProblem> problems =
        run.errorCount() == 0
            ? List.of()
            : imports.problems(caller, run.importId(), null, 0, ImportAnswer.ERRORS_SHOWN);
    return ImportAnswer.of(run, problems);
  }
}
