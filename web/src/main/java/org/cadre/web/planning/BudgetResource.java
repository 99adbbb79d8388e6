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
import org.cadre.services.planning.BudgetView;
import org.cadre.services.planning.PlanningRatesService;
import org.cadre.web.security.CallerContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The units' budgets per quarter, which HR and leadership set. */
@Path("budgets")
@RequestScoped
@Tag(name = "Planning")
public class BudgetResource {

  /** What setting a budget takes. */
  public record Amount(@NotNull(message = "a budget needs an amount") BigDecimal amount) {}

  @Inject private PlanningRatesService rates;
  @Inject private CallerContext callers;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The own budgets of the units the caller sees, for a quarter")
  public List<BudgetView> budgets(@QueryParam("period") String period) {
    return rates.budgets(callers.caller(), period);
  }

  @PUT
  @Path("{orgUnit}/{period}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set a unit's budget for a quarter (HR or leadership)")
  public BudgetView setBudget(
      @PathParam("orgUnit") String orgUnit,
      @PathParam("period") String period,
      @Valid @NotNull(message = "send the budget as JSON, e.g. {\"amount\": 250000}")
          Amount amount) {
    return rates.setBudget(callers.caller(), orgUnit, period, amount.amount());
  }
}
