package org.cadre.persistence.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.Budget;
import org.cadre.domain.planning.CostRate;
import org.cadre.domain.planning.PlanningRatesRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.persistence.Jdbc;

/**
 * Cost rates ({@code cost_rate}) and budgets ({@code unit_budget}) in plain SQL. Setting one is an
 * insert that does nothing when the row is there, then an update: two first settings of one rate at
 * once cannot both insert it, the second waits for the first and then replaces its value, where an
 * update and then an insert would fail on the unique key.
 */
@ApplicationScoped
public class JdbcPlanningRatesRepository implements PlanningRatesRepository {

  /** The level key of a rate for a blueprint at any level. */
  private static final String ANY_LEVEL = "*";

  @PersistenceContext(unitName = "cadre")
  private EntityManager em;

  protected JdbcPlanningRatesRepository() {
    // for CDI
  }

  public JdbcPlanningRatesRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<CostRate> costRates() {
    List<CostRate> rates = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT blueprint_id, level_key, annual_cost_per_fte FROM cost_rate"
            + " ORDER BY blueprint_id, level_key",
        row ->
            rates.add(
                new CostRate(
                    row.getLong(1),
                    ANY_LEVEL.equals(row.getString(2)) ? null : Level.valueOf(row.getString(2)),
                    row.getBigDecimal(3))));
    return rates;
  }

  @Override
  public void setCostRate(CostRate rate, String by, Instant at) {
    String level = rate.level() == null ? ANY_LEVEL : rate.level().name();
    Jdbc.execute(
        em,
        "INSERT INTO cost_rate (id, blueprint_id, level_key, annual_cost_per_fte, updated_by,"
            + " updated_at) VALUES (nextval('cost_rate_seq'), ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        rate.blueprintId(),
        level,
        rate.annualCostPerFte(),
        by,
        at);
    Jdbc.execute(
        em,
        "UPDATE cost_rate SET annual_cost_per_fte = ?, updated_by = ?, updated_at = ?"
            + " WHERE blueprint_id = ? AND level_key = ?",
        rate.annualCostPerFte(),
        by,
        at,
        rate.blueprintId(),
        level);
  }

  @Override
  public Map<String, BigDecimal> budgets(Quarter period) {
    Map<String, BigDecimal> budgets = new HashMap<>();
    Jdbc.query(
        em,
        "SELECT org_unit_code, amount FROM unit_budget WHERE period = ?",
        row -> budgets.put(row.getString(1), row.getBigDecimal(2)),
        period.toString());
    return budgets;
  }

  @Override
  public Optional<Budget> budget(String unitCode, Quarter period) {
    List<Budget> found = new ArrayList<>();
    Jdbc.query(
        em,
        "SELECT amount FROM unit_budget WHERE org_unit_code = ? AND period = ?",
        row -> found.add(new Budget(unitCode, period, row.getBigDecimal(1))),
        unitCode,
        period.toString());
    return found.stream().findFirst();
  }

  @Override
  public void setBudget(Budget budget, String by, Instant at) {
    Jdbc.execute(
        em,
        "INSERT INTO unit_budget (id, org_unit_code, period, amount, updated_by, updated_at)"
            + " VALUES (nextval('unit_budget_seq'), ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        budget.unitCode(),
        budget.period().toString(),
        budget.amount(),
        by,
        at);
    Jdbc.execute(
        em,
        "UPDATE unit_budget SET amount = ?, updated_by = ?, updated_at = ?"
            + " WHERE org_unit_code = ? AND period = ?",
        budget.amount(),
        by,
        at,
        budget.unitCode(),
        budget.period().toString());
  }
}
