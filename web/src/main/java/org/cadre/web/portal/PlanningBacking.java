package org.cadre.web.portal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.Quarter;
import org.cadre.services.blueprint.BlueprintQuery;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintSummaryView;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.services.planning.HeadcountService;
import org.cadre.services.planning.HeadcountView;
import org.cadre.services.planning.PlanEventView;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.services.planning.PlanLineView;
import org.cadre.services.planning.PlanView;
import org.cadre.services.planning.PlanningService;
import org.cadre.services.planning.QuarterHeadcountView;
import org.cadre.services.planning.ScenarioComparison;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.planning.ScenarioView;
import org.cadre.services.planning.UnitHeadcountView;
import org.cadre.web.security.CallerContext;
import org.primefaces.PrimeFaces;

/**
 * The planning page: one unit's plans for a range of quarters in a scenario, as a grid of seats
 * (blueprint and level) by quarter, with the workflow, the roll-up of its subtree in charts and by
 * unit below it, a plan's history and, for a scenario, its comparison with the baseline. Every
 * change goes through {@link PlanningService} with the revision the page showed, so a plan changed
 * by someone else meanwhile is refused, never overwritten.
 */
@Named
@ViewScoped
public class PlanningBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Quarters shown when the address names none: the current one and the next three. */
  private static final int DEFAULT_QUARTERS = 4;

  @Inject private PlanningService planning;
  @Inject private HeadcountService headcount;
  @Inject private ScenarioService scenarios;
  @Inject private OrganisationService organisation;
  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  private String unit;
  private String scenario;
  private String from;
  private String to;
  private String period;

  private List<OrgUnitView> units;
  private List<ScenarioView> scenarioChoices;
  private List<String> periods;
  private final Map<String, PlanView> plans = new LinkedHashMap<>();
  private final List<GridRow> rows = new ArrayList<>();
  private HeadcountView rollUp;
  private List<ChildRow> children;
  private List<PlanEventView> history;
  private ScenarioComparison comparison;
  private List<BlueprintSummaryView> publishedBlueprints;

  private Long newBlueprintId;
  private String newLevel;
  private BigDecimal newFte;
  private String rejectComment;
  private String newScenarioName;

  /** The page's rule: the unit must be one the caller sees, else the portal's 403 or 404. */
  public void load() {
    try {
      units = organisation.units(callers.caller());
      if (units.isEmpty()) {
        return;
      }
      if (unit == null || unit.isBlank()) {
        unit = units.get(0).code();
      }
      organisation.unit(callers.caller(), unit);
      scenarioChoices = scenarios.list(callers.caller());
      Quarter current = QuarterChoices.current();
      if (from == null || from.isBlank()) {
        from = current.toString();
      }
      if (to == null || to.isBlank()) {
        Quarter last = Quarter.parse(from).orElse(current);
        for (int i = 1; i < DEFAULT_QUARTERS; i++) {
          last = last.next();
        }
        to = last.toString();
      }
      if (scenario == null || scenario.isBlank()) {
        scenario = HeadcountPlan.BASELINE;
      }
      refresh();
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException | InvalidInputException e) {
      PageErrors.send(404, e.getMessage());
    }
  }

  /** Reads the plans, the roll-up, the history and the comparison again. */
  private void refresh() {
    rollUp = headcount.rollUp(callers.caller(), unit, from, to, scenario);
    periods = rollUp.quarters().stream().map(QuarterHeadcountView::period).toList();
    if (period == null || !periods.contains(period)) {
      period = periods.get(0);
    }
    plans.clear();
    for (String quarter : periods) {
      plans.put(quarter, planning.plan(callers.caller(), unit, quarter, scenario));
    }
    buildRows();
    buildChildren();
    PlanView selected = plans.get(period);
    history = selected.id() == null ? List.of() : planning.history(callers.caller(), selected.id());
    comparison =
        isScenarioSelected()
            ? scenarios.compare(callers.caller(), scenario, unit, null, null)
            : null;
  }

  private void buildRows() {
    Map<String, GridRow> byKey = new LinkedHashMap<>();
    for (String quarter : periods) {
      for (PlanLineView line : plans.get(quarter).lines()) {
        GridRow row =
            byKey.computeIfAbsent(
                line.blueprintId() + "/" + line.level(),
                k ->
                    new GridRow(
                        line.blueprintId(),
                        line.blueprintTitle(),
                        line.level(),
                        line.levelLabel()));
        row.cells.put(quarter, line);
        row.planned.put(quarter, line.planned() ? plain(line.plannedFte()) : null);
      }
    }
    rows.clear();
    rows.addAll(byKey.values());
    rows.sort(
        (a, b) ->
            a.title.equals(b.title)
                ? String.valueOf(a.levelLabel).compareTo(String.valueOf(b.levelLabel))
                : a.title.compareTo(b.title));
  }

  /** The number as people write it: 2 and 1.5, not 2.000 and 1.500. */
  private static BigDecimal plain(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The units directly below, each with its plan's status and its subtree's totals by quarter. */
  private void buildChildren() {
    Map<String, ChildRow> byCode = new LinkedHashMap<>();
    for (QuarterHeadcountView quarter : rollUp.quarters()) {
      for (UnitHeadcountView view : quarter.units()) {
        if (!view.code().equals(unit)) {
          byCode
              .computeIfAbsent(view.code(), c -> new ChildRow(view.code(), view.name()))
              .quarters
              .put(quarter.period(), view);
        }
      }
    }
    children = new ArrayList<>(byCode.values());
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
    return "planning.xhtml?unit="
        + encode(code)
        + "&scenario="
        + encode(scenario)
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
  public void savePlanned(GridRow row, String quarter) {
    BigDecimal fte = row.planned.get(quarter);
    PlanView plan = plans.get(quarter);
    List<PlanLineInput> lines = new ArrayList<>();
    boolean found = false;
    for (PlanLineView line : plan.lines()) {
      if (!line.planned()) {
        continue;
      }
      boolean same = row.matches(line);
      found |= same;
      lines.add(input(line, same ? fte : line.plannedFte()));
    }
    if (!found) {
      lines.add(new PlanLineInput(row.blueprintId, row.level, fte, null, null));
    }
    save(
        plan,
        lines,
        "planning.saved",
        row.title + (row.levelLabel == null ? "" : " (" + row.levelLabel + ")"),
        quarter);
  }

  /** Removes a seat's line from a quarter's plan. */
  public void removeLine(GridRow row, String quarter) {
    PlanView plan = plans.get(quarter);
    List<PlanLineInput> lines =
        plan.lines().stream()
            .filter(line -> line.planned() && !row.matches(line))
            .map(line -> input(line, line.plannedFte()))
            .toList();
    save(plan, lines, "planning.removed", row.title, quarter);
  }

  /** Adds a line for a published blueprint to the selected quarter's plan. */
  public void addLine() {
    PlanView plan = plans.get(period);
    List<PlanLineInput> lines = new ArrayList<>();
    for (PlanLineView line : plan.lines()) {
      if (line.planned()) {
        lines.add(input(line, line.plannedFte()));
      }
    }
    String level = newLevel == null || newLevel.isBlank() ? null : newLevel;
    lines.add(new PlanLineInput(newBlueprintId, level, newFte, null, null));
    String title =
        publishedBlueprints().stream()
            .filter(b -> Objects.equals(b.id(), newBlueprintId))
            .map(BlueprintSummaryView::title)
            .findFirst()
            .orElse("#" + newBlueprintId);
    if (save(plan, lines, "planning.added", title, period)) {
      newBlueprintId = null;
      newLevel = null;
      newFte = null;
    }
  }

  private static PlanLineInput input(PlanLineView line, BigDecimal fte) {
    return new PlanLineInput(
        line.blueprintId(),
        line.level(),
        fte,
        line.costFromTable() ? null : line.costPerFte(),
        line.justification());
  }

  /**
   * Saves the lines with the revision the page showed; a refusal (a stale revision among them)
   * shows its message and the page shows the plan as it is now.
   */
  private boolean save(
      PlanView plan, List<PlanLineInput> lines, String message, String what, String quarter) {
    boolean saved = false;
    try {
      if (plan.id() == null) {
        Messages.error("planning.noPlan", quarter);
      } else {
        planning.saveLines(callers.caller(), plan.id(), plan.revision(), lines);
        Messages.info(message, what, quarter);
        saved = true;
      }
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
    period = quarter;
    refresh();
    return saved;
  }

  public void start(String quarter) {
    act(
        quarter,
        () -> planning.start(callers.caller(), unit, quarter, scenario),
        "planning.started");
  }

  public void submit(String quarter) {
    PlanView plan = plans.get(quarter);
    act(
        quarter,
        () -> planning.submit(callers.caller(), plan.id(), plan.revision()),
        "planning.submitted");
  }

  public void approve(String quarter) {
    PlanView plan = plans.get(quarter);
    act(
        quarter,
        () -> planning.approve(callers.caller(), plan.id(), plan.revision(), null),
        "planning.approved");
  }

  /** Chooses the plan the reject dialog is about. */
  public void prepareReject(String quarter) {
    period = quarter;
    rejectComment = null;
    refresh();
  }

  /**
   * Rejects the plan the dialog is about, then re-renders the plan form: only once the comment
   * passed validation, so that a missing comment is told in the dialog alone.
   */
  public void reject() {
    PlanView plan = plans.get(period);
    act(
        period,
        () -> planning.reject(callers.caller(), plan.id(), plan.revision(), rejectComment),
        "planning.rejected");
    PrimeFaces.current().ajax().update("plan");
  }

  /** Shows the history of a quarter's plan and makes it the one lines are added to. */
  public void select(String quarter) {
    period = quarter;
    refresh();
  }

  /**
   * Makes a scenario of the unit shown and the units below it for the quarters shown, and goes to
   * it (a redirect by navigation, which carries the message over); null stays here with the reason.
   */
  public String createScenario() {
    try {
      ScenarioView created = scenarios.create(callers.caller(), newScenarioName, unit, from, to);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("planning.scenario.created", created.name(), created.plans());
      scenario = created.name();
      return "/" + address(unit, period) + "&faces-redirect=true";
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
      return null;
    }
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

  private void act(String quarter, Runnable action, String message) {
    try {
      action.run();
      Messages.info(message, quarter);
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
    period = quarter;
    refresh();
  }

  /** The plan of a quarter shown, or its empty stand-in (id null) when it has none. */
  public PlanView plan(String quarter) {
    return plans.get(quarter);
  }

  public boolean isScenarioSelected() {
    return !HeadcountPlan.BASELINE.equals(scenario);
  }

  /** Whether any quarter shows a plan or people in post. */
  public boolean isNoSeats() {
    return rows.isEmpty();
  }

  /** Whether the caller may change any plan shown: then the grid takes input. */
  public boolean isAnyEditable() {
    return plans.values().stream().anyMatch(p -> p.id() != null && p.canEdit());
  }

  /** The selected quarter's plan takes new lines. */
  public boolean isSelectedEditable() {
    PlanView plan = plans.get(period);
    return plan != null && plan.id() != null && plan.canEdit();
  }

  public ScenarioView getScenarioView() {
    return scenarioChoices.stream().filter(s -> s.name().equals(scenario)).findFirst().orElse(null);
  }

  /** The quarters the range menus offer. */
  public List<String> getQuarterChoices() {
    return QuarterChoices.around();
  }

  public List<BlueprintSummaryView> publishedBlueprints() {
    if (publishedBlueprints == null) {
      publishedBlueprints =
          blueprints
              .list(callers.caller(), BlueprintQuery.all(PageRequest.MAX_SIZE))
              .items()
              .stream()
              .filter(b -> b.status() == BlueprintStatus.PUBLISHED)
              .toList();
    }
    return publishedBlueprints;
  }

  public List<String> getLevels() {
    return Arrays.stream(Level.values()).map(Level::label).toList();
  }

  /** A unit's label in the menu, indented by its depth. */
  public String unitLabel(OrgUnitView view) {
    return "\u00a0\u00a0".repeat(view.depth()) + view.name() + " (" + view.code() + ")";
  }

  public String getUnitName() {
    return rollUp == null ? unit : rollUp.orgUnitName();
  }

  /** The chart of planned against actual FTE of the unit's subtree by quarter. */
  public String getHeadcountChart() {
    return PlanningCharts.headcount(
        rollUp.quarters(),
        Messages.text("planning.chart.planned"),
        Messages.text("planning.chart.actual"));
  }

  /** The chart of the subtree's planned cost against its budget by quarter. */
  public String getCostChart() {
    return PlanningCharts.cost(
        rollUp.quarters(),
        Messages.text("planning.chart.cost"),
        Messages.text("planning.chart.budget"));
  }

  public boolean isBudgetSet() {
    return rollUp.quarters().stream().anyMatch(q -> q.totals().budget() != null);
  }

  public List<OrgUnitView> getUnits() {
    return units;
  }

  public boolean isNoUnits() {
    return units == null || units.isEmpty();
  }

  public List<ScenarioView> getScenarios() {
    return scenarioChoices;
  }

  public List<String> getPeriods() {
    return periods;
  }

  public List<GridRow> getRows() {
    return rows;
  }

  public HeadcountView getRollUp() {
    return rollUp;
  }

  public List<ChildRow> getChildren() {
    return children;
  }

  public List<PlanEventView> getHistory() {
    return history;
  }

  public ScenarioComparison getComparison() {
    return comparison;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getNewScenarioName() {
    return newScenarioName;
  }

  public void setNewScenarioName(String newScenarioName) {
    this.newScenarioName = newScenarioName;
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

  public Long getNewBlueprintId() {
    return newBlueprintId;
  }

  public void setNewBlueprintId(Long newBlueprintId) {
    this.newBlueprintId = newBlueprintId;
  }

  public String getNewLevel() {
    return newLevel;
  }

  public void setNewLevel(String newLevel) {
    this.newLevel = newLevel;
  }

  public BigDecimal getNewFte() {
    return newFte;
  }

  public void setNewFte(BigDecimal newFte) {
    this.newFte = newFte;
  }

  public String getRejectComment() {
    return rejectComment;
  }

  public void setRejectComment(String rejectComment) {
    this.rejectComment = rejectComment;
  }

  /** One seat (blueprint and level) of the grid, with its line in each quarter that has one. */
  public static final class GridRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long blueprintId;
    private final String title;
    private final String level;
    private final String levelLabel;
    private final Map<String, PlanLineView> cells = new LinkedHashMap<>();
    private final Map<String, BigDecimal> planned = new LinkedHashMap<>();

    GridRow(long blueprintId, String title, String level, String levelLabel) {
      this.blueprintId = blueprintId;
      this.title = title;
      this.level = level;
      this.levelLabel = levelLabel;
    }

    boolean matches(PlanLineView line) {
      return line.blueprintId() == blueprintId && Objects.equals(line.level(), level);
    }

    public String getTitle() {
      return title;
    }

    public String getLevelLabel() {
      return levelLabel;
    }

    public Map<String, PlanLineView> getCells() {
      return cells;
    }

    /** The planned FTE by quarter, which the grid's inputs edit; null where no line is. */
    public Map<String, BigDecimal> getPlanned() {
      return planned;
    }
  }

  /** A unit directly below, with its status and subtree totals by quarter. */
  public static final class ChildRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String name;
    private final Map<String, UnitHeadcountView> quarters = new LinkedHashMap<>();

    ChildRow(String code, String name) {
      this.code = code;
      this.name = name;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public Map<String, UnitHeadcountView> getQuarters() {
      return quarters;
    }
  }
}
