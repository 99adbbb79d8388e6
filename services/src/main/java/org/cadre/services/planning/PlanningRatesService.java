package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.Budget;
import org.cadre.domain.planning.CostRate;
import org.cadre.domain.planning.PlanningRatesRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.UseCase;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/** HR's cost table and the units' budgets, which HR and leadership set. */
@ApplicationScoped
@UseCase
public class PlanningRatesService {

  private static final BigDecimal MAX_BUDGET = new BigDecimal("100000000000000");

  private PlanningRatesRepository rates;
  private OrgScopes scopes;
  private PlanningTerms terms;
  private PlanningData data;
  private AuditTrail audit;

  protected PlanningRatesService() {
    // for CDI
  }

  @Inject
  public PlanningRatesService(
      PlanningRatesRepository rates,
      OrgScopes scopes,
      PlanningTerms terms,
      PlanningData data,
      AuditTrail audit) {
    this.rates = rates;
    this.scopes = scopes;
    this.terms = terms;
    this.data = data;
    this.audit = audit;
  }

  /** The cost table, by blueprint title; anyone who plans may read it. */
  public List<CostRateView> costRates(Caller caller) {
    caller.require("read the cost table", Role.values());
    Map<Long, BlueprintName> names = data.blueprintNames();
    return rates.costRates().stream()
        .map(
            rate -> {
              return new CostRateView(
                  rate.blueprintId(),
                  PlanLines.title(names, rate.blueprintId()),
                  rate.level() == null ? null : rate.level().name(),
                  rate.annualCostPerFte());
            })
        .sorted(Comparator.comparing(CostRateView::blueprintTitle))
        .toList();
  }

  /** Sets the annual cost per FTE of a blueprint at a level (null or blank: at any level). */
  public CostRateView setCostRate(
      Caller caller, long blueprintId, String levelText, BigDecimal annualCostPerFte) {
    caller.require("change the cost table", Role.HR, Role.ADMIN);
    BlueprintName name = data.blueprintNames().get(blueprintId);
    if (name == null) {
      throw InvalidInputException.of(
          "blueprintId", blueprintId, "there is no blueprint with this id");
    }
    Level level = null;
    if (levelText != null && !levelText.isBlank()) {
      level = PlanLines.level(levelText);
      if (level == null) {
        throw InvalidInputException.of("level", levelText, "there is no such level");
      }
    }
    if (annualCostPerFte == null) {
      throw InvalidInputException.of(
          "annualCostPerFte", null, "an annual cost per FTE is required");
    }
    org.cadre.domain.planning.PlanLineRecord.costProblem(annualCostPerFte)
        .ifPresent(
            reason -> {
              throw InvalidInputException.of("annualCostPerFte", annualCostPerFte, reason);
            });
    CostRate rate = new CostRate(blueprintId, level, annualCostPerFte);
    String before =
        rates.costRates().stream()
            .filter(r -> r.blueprintId() == blueprintId && r.level() == rate.level())
            .map(r -> r.annualCostPerFte().toPlainString())
            .findFirst()
            .orElse("none");
    rates.setCostRate(rate, caller.username(), Instant.now());
    audit.record(
        caller,
        "cost-rate.set",
        "cost-rate",
        blueprintId + "/" + (level == null ? "*" : level.name()),
        PlanLines.label(name, level)
            + ": annual cost per FTE "
            + before
            + " → "
            + rate.annualCostPerFte().toPlainString());
    return new CostRateView(
        blueprintId, name.title(), level == null ? null : level.name(), rate.annualCostPerFte());
  }

  /** The own budgets of the units the caller sees for a quarter. */
  public List<BudgetView> budgets(Caller caller, String period) {
    OrgScope scope = scopes.of(caller);
    Quarter quarter = terms.quarter("period", period);
    return rates.budgets(quarter).entrySet().stream()
        .filter(e -> scope.isVisible(e.getKey()))
        .map(e -> new BudgetView(e.getKey(), quarter.toString(), e.getValue()))
        .sorted(Comparator.comparing(BudgetView::orgUnit))
        .toList();
  }

  public BudgetView setBudget(Caller caller, String unitCode, String period, BigDecimal amount) {
    caller.require("set budgets", Role.HR, Role.LEADERSHIP);
    OrgScope scope = scopes.of(caller);
    scope.requireParameter("orgUnit", unitCode);
    Quarter quarter = terms.quarter("period", period);
    if (amount == null || amount.signum() < 0 || amount.compareTo(MAX_BUDGET) >= 0) {
      throw InvalidInputException.of(
          "amount", amount, "a budget is an amount from 0 to below 100,000,000,000,000");
    }
    Budget budget = new Budget(unitCode, quarter, amount);
    String before =
        rates.budget(unitCode, quarter).map(b -> b.amount().toPlainString()).orElse("none");
    rates.setBudget(budget, caller.username(), Instant.now());
    audit.record(
        caller,
        "budget.set",
        "unit-budget",
        unitCode + "/" + quarter,
        "Budget of "
            + unitCode
            + " for "
            + quarter
            + ": "
            + before
            + " → "
            + budget.amount().toPlainString());
    return new BudgetView(unitCode, quarter.toString(), budget.amount());
  }
}
