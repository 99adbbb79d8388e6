package org.cadre.web.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.cadre.services.competency.CoverageService;
import org.cadre.services.competency.CoverageView;
import org.cadre.web.api.Downloads;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A unit's competencies; a manager reads the units of their own subtree only. */
@Path("org-units")
@RequestScoped
@Tag(name = "Competencies")
public class UnitCompetencyResource {

  @Inject private CoverageService coverage;
  @Inject private CallerContext callers;

  @GET
  @Path("{code}/competencies")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Coverage per competency and the heatmap of the unit's people (with its subtree),"
              + " optionally as if some people had left")
  public CoverageView competencies(
      @PathParam("code") String code,
      @Parameter(description = "employee numbers, comma-separated, to count as gone")
          @QueryParam("without")
          List<String> without) {
    return coverage.unit(callers.caller(), code, numbers(without));
  }

  @GET
  @Path("{code}/competencies.xlsx")
  @Produces(Downloads.XLSX)
  @Operation(summary = "The unit's heatmap, coverage and competencies at risk as a workbook")
  public Response workbook(
      @PathParam("code") String code, @QueryParam("without") List<String> without) {
    return Downloads.file(
        coverage.workbook(callers.caller(), code, numbers(without)),
        Downloads.XLSX,
        code + "-competencies",
        "xlsx");
  }

  /** Employee numbers from repeated and comma-separated parameters. */
  static List<String> numbers(List<String> values) {
    return values == null
        ? List.of()
        : values.stream()
            .flatMap(v -> Arrays.stream(v.split(",")))
            .map(String::strip)
            .filter(v -> !v.isEmpty())
            .toList();
  }
}
