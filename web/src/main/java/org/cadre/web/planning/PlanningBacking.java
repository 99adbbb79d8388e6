package org.cadre.web.planning;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.planning.PlanEventView;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.services.planning.PlanTotals;
import org.cadre.services.planning.PlanView;
import org.cadre.services.planning.PlanningPageQuery;
import org.cadre.services.planning.PlanningPageService;
import org.cadre.services.planning.PlanningPageView;
import org.cadre.services.planning.PlanningService;
import org.cadre.services.planning.ScenarioComparison;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.planning.ScenarioView;
import org.cadre.services.planning.UnitOptionView;
import org.cadre.web.portal.Messages;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.portal.QuarterChoices;
import org.cadre.web.security.CallerContext;

/**
 * The planning page: one unit's plans for a range of quarters in a scenario, as a grid of seats
 * (blueprint and level) by quarter, with the workflow, the roll-up of its subtree in charts and by
 * unit below it, a plan's history and, for a scenario, its comparison with the baseline. The page
 * is read in one service call ({@link PlanningPageService}); every change goes through {@link
 * PlanningService} with the revision the page showed, so a plan changed by someone else meanwhile
 * is refused, never overwritten. The dialogs that reject a plan, make a scenario and add a line are
 * beans of their own that act through {@link #act}.
 */
@Named
@ViewScoped
public class PlanningBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanningPageService pages;
  @Inject private PlanningService planning;
  @Inject private ScenarioService scenarios;
  @Inject private CallerContext callers;

  private String unit;
  private String scenario;
  private String from;
  private String to;
  private String period;

  private PlanningPageView page;
  private PlanGrid grid;

  /** The page's rule: the unit must be one the caller sees, else the portal's 403 or 404. */
  public void load() {
    try {
      refresh();
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException | InvalidInputException e) {
      PageErrors.send(404, e.getMessage());
    }
  }

  /** Reads the page again, as the address and the selected quarter name it. */
  private void refresh() {
    page = pages.page(callers.caller(), new PlanningPageQuery(unit, scenario, from, to, period));
    if (page.units().isEmpty()) {
      return;
    }
    unit = page.unit();
    scenario = page.scenario();
    from = page.from();
    to = page.to();
    period = page.period();
    grid = new PlanGrid(page.plans(), page.rollUp());
  }

  /** Goes to the page for the unit, scenario and range chosen in the menus. */
  public void show() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + "/" + address(unit, period));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** This page for another unit, with the same scenario and quarters. */
  public String address(String code, String selectedPeriod) {
    return address(code, scenario, selectedPeriod);
  }

  /** This page for another scenario, with the same unit, quarters and selected quarter. */
  public String scenarioAddress(String name) {
    return address(unit, name, period);
  }

  private String address(String code, String scenarioName, String selectedPeriod) {
    return "planning.xhtml?unit="
        + encode(code)
        + "&scenario="
        + encode(scenarioName)
        + "&from="
        + encode(from)
        + "&to="
        + encode(to)
        + (selectedPeriod == null ? "" : "&period=" + encode(selectedPeriod));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** Saves the planned FTE typed into one cell: the plan's lines with that one changed. */
  public void savePlanned(PlanGrid.Row row, String quarter) {
    save(quarter, grid.withPlanned(row, quarter), "planning.saved", row.label());
  }

  /** Removes a seat's line from a quarter's plan. */
  public void removeLine(PlanGrid.Row row, String quarter) {
    save(quarter, grid.without(row, quarter), "planning.removed", row.getTitle());
  }

  /** Adds a line to the selected quarter's plan ({@link NewPlanLineForm}); whether it was saved. */
  public boolean addLine(PlanLineInput line, String title) {
    return save(period, grid.with(period, line), "planning.added", title);
  }

  /**
   * Saves the quarter's lines with the revision the page showed; a refusal (a stale revision among
   * them) shows its message and the page shows the plan as it is now.
   */
  private boolean save(String quarter, List<PlanLineInput> lines, String message, String what) {
    PlanView plan = grid.plan(quarter);
    if (plan.id() == null) {
      Messages.error("planning.noPlan", quarter);
      period = quarter;
      refresh();
      return false;
    }
    return act(
        quarter,
        () -> planning.saveLines(callers.caller(), plan.id(), plan.revision(), lines),
        message,
        what,
        quarter);
  }

  public void start(String quarter) {
    act(
        quarter,
        () -> planning.start(callers.caller(), unit, quarter, scenario),
        "planning.started",
        quarter);
  }

  public void submit(String quarter) {
    PlanView plan = grid.plan(quarter);
    act(
        quarter,
        () -> planning.submit(callers.caller(), plan.id(), plan.revision()),
        "planning.submitted",
        quarter);
  }

  public void approve(String quarter) {
    PlanView plan = grid.plan(quarter);
    act(
        quarter,
        () -> planning.approve(callers.caller(), plan.id(), plan.revision(), null),
        "planning.approved",
        quarter);
  }

  /** Shows the history of a quarter's plan and makes it the one lines are added to. */
  public void select(String quarter) {
    period = quarter;
    refresh();
  }

  public void promote() {
    try {
      ScenarioView promoted = scenarios.promote(callers.caller(), scenario);
      Messages.info("planning.promoted", promoted.name(), promoted.plans());
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
    refresh();
  }

  /**
   * Runs a change, says how it went (the message with its arguments, or the refusal), selects the
   * quarter and reads the page again; the dialogs' changes go through here too.
   *
   * @return whether the change was made
   */
  public boolean act(String quarter, Supplier<?> change, String message, Object... arguments) {
    boolean done = false;
    try {
      change.get();
      Messages.info(message, arguments);
      done = true;
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
    period = quarter;
    refresh();
    return done;
  }

  /** The plan of a quarter shown, or its empty stand-in (id null) when it has none. */
  public PlanView plan(String quarter) {
    return grid.plan(quarter);
  }

  public boolean isScenarioSelected() {
    return page.comparison() != null;
  }

  /** Whether any quarter shows a plan or people in post. */
  public boolean isNoSeats() {
    return grid.rows().isEmpty();
  }

  /** The selected quarter's plan takes new lines. */
  public boolean isSelectedEditable() {
    PlanView plan = grid.plan(period);
    return plan != null && plan.id() != null && plan.canEdit();
  }

  public ScenarioView getScenarioView() {
    return page.scenarios().stream()
        .filter(s -> s.name().equals(scenario))
        .findFirst()
        .orElse(null);
  }

  /** The quarters the range menus offer. */
  public List<String> getQuarterChoices() {
    return QuarterChoices.around();
  }

  /** A unit's label in the menu, indented by its depth. */
  public String unitLabel(UnitOptionView view) {
    return "\u00a0\u00a0".repeat(view.depth()) + view.name() + " (" + view.code() + ")";
  }

  public String getUnitName() {
    return page.rollUp() == null ? unit : page.rollUp().orgUnitName();
  }

  /** The chart of planned against actual FTE of the unit's subtree by quarter. */
  public String getHeadcountChart() {
    return PlanningCharts.headcount(
        page.rollUp().quarters(),
        Messages.text("planning.chart.planned"),
        Messages.text("planning.chart.actual"));
  }

  /** The chart of the subtree's planned cost against its budget by quarter. */
  public String getCostChart() {
    return PlanningCharts.cost(
        page.rollUp().quarters(),
        Messages.text("planning.chart.cost"),
        Messages.text("planning.chart.budget"));
  }

  public boolean isBudgetSet() {
    return page.rollUp().quarters().stream().anyMatch(q -> q.totals().budget() != null);
  }

  public List<UnitOptionView> getUnits() {
    return page.units();
  }

  public boolean isNoUnits() {
    return page == null || page.units().isEmpty();
  }

  public List<ScenarioView> getScenarios() {
    return page.scenarios();
  }

  public List<String> getPeriods() {
    return grid.periods();
  }

  public List<PlanGrid.Row> getRows() {
    return grid.rows();
  }

  /** The quarter's totals in the grid: the unit's own plan's, or its subtree's when rolled up. */
  public PlanTotals totals(String quarter) {
    return grid.totals(quarter);
  }

  /** Whether the grid shows the subtree rolled up, the unit having no plan of its own. */
  public boolean isRolledUp() {
    return grid.rolledUp();
  }

  public List<PlanGrid.UnitRow> getChildren() {
    return grid.units();
  }

  public List<PlanEventView> getHistory() {
    return page.history();
  }

  public ScenarioComparison getComparison() {
    return page.comparison();
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getScenario() {
    return scenario;
  }

  public void setScenario(String scenario) {
    this.scenario = scenario;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }
}
