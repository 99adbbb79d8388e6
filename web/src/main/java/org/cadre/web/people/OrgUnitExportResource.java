package org.cadre.web.people;

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

/** The org units as a workbook in the org unit import's layout, so that it imports unchanged. */
@Path("org-units.xlsx")
@RequestScoped
@Tag(name = "Organisation")
public class OrgUnitExportResource {

  @Inject private PeopleExports exports;
  @Inject private CallerContext callers;

  @GET
  @Produces(Downloads.XLSX)
  @Operation(summary = "The org units the caller may see, parents first")
  public Response orgUnits() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exports.orgUnits(callers.caller(), out);
    return Downloads.file(out.toByteArray(), Downloads.XLSX, "org-units", "xlsx");
  }
}
