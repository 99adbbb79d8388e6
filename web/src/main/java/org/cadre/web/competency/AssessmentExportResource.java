package org.cadre.web.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import org.cadre.services.people.PeopleExports;
import org.cadre.web.api.Downloads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The assessments as a skills matrix in the matrix import's layout, so that it imports unchanged.
 */
@Path("assessments.xlsx")
@RequestScoped
@Tag(name = "Organisation")
public class AssessmentExportResource {

  @Inject private PeopleExports exports;
  @Inject private CallerContext callers;

  @GET
  @Produces(Downloads.XLSX)
  @Operation(summary = "The assessments of the employees the caller may see, as a skills matrix")
  public Response assessments() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exports.assessmentMatrix(callers.caller(), out);
    return Downloads.file(out.toByteArray(), Downloads.XLSX, "assessments", "xlsx");
  }
}
