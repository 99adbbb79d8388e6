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

/** The employees as a workbook in the employee import's layout, so that it imports unchanged. */
@Path("employees.xlsx")
@RequestScoped
@Tag(name = "Organisation")
public class EmployeeExportResource {

  @Inject private PeopleExports exports;
  @Inject private CallerContext callers;

  @GET
  @Produces(Downloads.XLSX)
  @Operation(summary = "The employees the caller may see, in the employee import's layout")
  public Response employees() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exports.employees(callers.caller(), out);
    return Downloads.file(out.toByteArray(), Downloads.XLSX, "employees", "xlsx");
  }
}
