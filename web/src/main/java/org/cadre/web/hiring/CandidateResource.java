package org.cadre.web.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.cadre.services.common.PageView;
import org.cadre.services.hiring.AnonymisedView;
import org.cadre.services.hiring.CandidateCommand;
import org.cadre.services.hiring.CandidateDataService;
import org.cadre.services.hiring.CandidateExport;
import org.cadre.services.hiring.CandidateRow;
import org.cadre.services.hiring.CandidateService;
import org.cadre.services.hiring.CandidateView;
import org.cadre.services.hiring.CvView;
import org.cadre.services.hiring.DuplicatePairView;
import org.cadre.web.api.Downloads;
import org.cadre.web.api.Uploads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Candidates: added once (a duplicate answers 409 with the candidate it matches and the matched
 * fields), merged, their CVs, and their personal data exported or anonymised.
 */
@Path("candidates")
@RequestScoped
@Tag(name = "Hiring")
public class CandidateResource {

  @Inject private CandidateService candidates;
  @Inject private CandidateDataService data;
  @Inject private CallerContext callers;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add a candidate; 409 with the matching candidate and matched fields when one with the"
              + " same email, or name and phone, exists (HR may insist with force=true)")
  public Response create(
      CandidateCommand command, @QueryParam("force") String force, @Context UriInfo uri) {
    CandidateView created =
        candidates.create(callers.caller(), command, "true".equalsIgnoreCase(force));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Candidates whose name or email contains the text (HR)")
  public PageView<CandidateRow> search(
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return candidates.search(callers.caller(), text, page, size);
  }

  @GET
  @Path("duplicates")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Pairs of candidates who look like one person, with what matched (HR)")
  public List<DuplicatePairView> duplicates() {
    return candidates.duplicates(callers.caller());
  }

  @POST
  @Path("anonymise-expired")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Anonymise every candidate whose last application ended longer ago than the retention"
              + " period (HR)")
  public AnonymisedView anonymiseExpired() {
    return data.anonymiseExpired(callers.caller());
  }

  @GET
  @Path("{id: \\d+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A candidate with the applications the caller sees")
  public CandidateView get(@PathParam("id") long id) {
    return candidates.get(callers.caller(), id);
  }

  @PUT
  @Path("{id: \\d+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a candidate's details (HR)")
  public CandidateView update(@PathParam("id") long id, CandidateCommand command) {
    return candidates.update(callers.caller(), id, command);
  }

  @POST
  @Path("{id: \\d+}/merge-into/{otherId: \\d+}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Merge a duplicate into another candidate: the applications and their histories move"
              + " over; the duplicate stays, marked (HR)")
  public CandidateView merge(@PathParam("id") long id, @PathParam("otherId") long otherId) {
    return candidates.merge(callers.caller(), id, otherId);
  }

  @POST
  @Path("{id: \\d+}/anonymise")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove a candidate's personal data now (HR)")
  public CandidateView anonymise(@PathParam("id") long id) {
    return data.anonymise(callers.caller(), id);
  }

  @GET
  @Path("{id: \\d+}/export")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Everything Cadre holds about the candidate (HR)")
  public Response export(@PathParam("id") long id) {
    CandidateExport export = data.export(callers.caller(), id);
    return Response.ok(export)
        .header("Content-Disposition", "attachment; filename=\"candidate-" + id + ".json\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @PUT
  @Path("{id: \\d+}/cv")
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, Downloads.PDF, CandidateResource.DOCX})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Store the candidate's CV: a PDF or .docx of at most 5 MB (HR)")
  public CandidateView uploadCv(
      @PathParam("id") long id,
      @QueryParam("filename") String fileName,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String length,
      InputStream body) {
    Uploads.checkDeclaredLength(length, CandidateService.CV_MAX_BYTES, "The CV");
    byte[] content = Uploads.read(body, CandidateService.CV_MAX_BYTES, "The CV");
    return candidates.uploadCv(callers.caller(), id, fileName, content);
  }

  @GET
  @Path("{id: \\d+}/cv")
  @Operation(summary = "The candidate's CV")
  public Response cv(@PathParam("id") long id) {
    CvView cv = candidates.cv(callers.caller(), id);
    return Response.ok(cv.content(), cv.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + Downloads.fileName(stem(cv.fileName()))
                + extension(cv)
                + "\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static String extension(CvView cv) {
    return Downloads.PDF.equals(cv.contentType()) ? ".pdf" : ".docx";
  }
}
