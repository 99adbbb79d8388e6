package org.cadre.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cadre.services.common.PageView;
import org.cadre.services.people.AssessmentView;
import org.cadre.services.people.EmployeeView;
import org.cadre.services.people.OrganisationService;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People and their assessments; a manager reads the people of their own subtree only. */
@Path("employees")
@RequestScoped
@Tag(name = "Organisation")
public class EmployeeResource {

  @Inject private OrganisationService organisation;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Employees by family name, filtered by unit (with its sub-units), blueprint and level")
  public PageView<EmployeeView> employees(
      @QueryParam("orgUnit") String orgUnit,
      @QueryParam("blueprint") Long blueprint,
      @QueryParam("level") String level,
      @QueryParam("q") String text,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return organisation.employees(callers.caller(), orgUnit, blueprint, level, text, page, size);
  }

  @GET
  @Path("{number}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One employee")
  public EmployeeView employee(@PathParam("number") String number) {
    return organisation.employee(callers.caller(), number);
  }

  @GET
  @Path("{number}/assessments")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "An employee's latest assessments against what their blueprint asks for")
  public List<AssessmentView> assessments(@PathParam("number") String number) {
    return organisation.assessments(callers.caller(), number);
  }
}
