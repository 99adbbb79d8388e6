package org.cadre.web.planning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.cadre.services.planning.CostRateView;
import org.cadre.services.planning.PlanningRatesService;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HR's cost table: the annual cost per FTE of each blueprint and level. */
@Path("cost-rates")
@RequestScoped
@Tag(name = "Planning")
public class CostRateResource {

  /** What setting a cost rate takes. */
  public record Rate(
      @NotNull(message = "an annual cost per FTE is required") BigDecimal annualCostPerFte) {}

  @Inject private PlanningRatesService rates;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The annual cost per FTE of each blueprint and level")
  public List<CostRateView> costRates() {
    return rates.costRates(callers.caller());
  }

  @PUT
  @Path("{blueprintId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a blueprint's annual cost per FTE, at a level or (without) any level")
  public CostRateView setCostRate(
      @PathParam("blueprintId") long blueprintId,
      @QueryParam("level") String level,
      @Valid @NotNull(message = "send the rate as JSON, e.g. {\"annualCostPerFte\": 90000}")
          Rate rate) {
    return rates.setCostRate(callers.caller(), blueprintId, level, rate.annualCostPerFte());
  }
}
