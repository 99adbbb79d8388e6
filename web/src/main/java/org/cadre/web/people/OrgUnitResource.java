package org.cadre.web.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.services.planning.HeadcountService;
import org.cadre.services.planning.HeadcountView;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The org unit tree with headcounts; a manager sees their own subtree only. */
@Path("org-units")
@RequestScoped
@Tag(name = "Organisation")
public class OrgUnitResource {

  @Inject private OrganisationService organisation;
  @Inject private HeadcountService headcount;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The org units the caller may see, each parent before its children")
  public List<OrgUnitView> units() {
    return organisation.units(callers.caller());
  }

  @GET
  @Path("{code}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One org unit with its headcount")
  public OrgUnitView unit(@PathParam("code") String code) {
    return organisation.unit(callers.caller(), code);
  }

  @GET
  @Path("{code}/headcount")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The unit's subtree rolled up by quarter, blueprint and unit, against budget")
  public HeadcountView headcount(
      @PathParam("code") String code,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("scenario") String scenario) {
    return headcount.rollUp(callers.caller(), code, from, to, scenario);
  }
}
