package org.cadre.web.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.cadre.services.common.PageView;
import org.cadre.services.competency.CompetencyService;
import org.cadre.services.competency.CompetencyView;
import org.cadre.services.competency.MergeResult;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The competency catalogue. */
@Path("competencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competencies", description = "Canonical skills that blueprint skills link to")
public class CompetencyResource {

  @Inject private CompetencyService competencies;
  @Inject private CallerContext callers;

  @GET
  @Operation(summary = "Search the catalogue by name or alias")
  public PageView<CompetencyView> search(
      @QueryParam("q") String q,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("20") int size) {
    return competencies.search(callers.caller(), q, page, size);
  }

  @GET
  @Path("{id}/blueprints")
  @Operation(summary = "The blueprints that use a competency")
  public List<String> blueprints(@PathParam("id") long id) {
    return competencies.blueprints(callers.caller(), id);
  }

  @POST
  @Path("{id}/merge-into/{targetId}")
  @Operation(
      summary =
          "Merge a competency into another: its skills and wordings move to the target; HR and"
              + " ADMIN only")
  public MergeResult merge(@PathParam("id") long id, @PathParam("targetId") long targetId) {
    return competencies.merge(callers.caller(), id, targetId);
  }
}
