package org.cadre.web.planning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.planning.Scenarios;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.planning.HeadcountService;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.planning.ScenarioView;
import org.cadre.services.planning.UnitHeadcountView;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.portal.QuarterChoices;
import org.cadre.web.security.CallerContext;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The plan overview: every unit the caller sees for one quarter, with its plan's status and the
 * totals of its subtree against budget. Everyone reads it within their scope: a manager's tree
 * starts at the units they manage.
 */
@Named
@ViewScoped
public class OverviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Up to this many units, the top two levels start open. */
  private static final int OPEN_ALL = 60;

  @Inject private HeadcountService headcount;
  @Inject private ScenarioService scenarios;
  @Inject private CallerContext callers;

  private String period;
  private String scenario;
  private TreeNode<UnitHeadcountView> root;
  private List<ScenarioView> scenarioChoices;
  private final Map<String, Integer> statusCounts = new HashMap<>();
  private int unitCount;

  public void load() {
    if (period == null || period.isBlank()) {
      period = QuarterChoices.current().toString();
    }
    if (scenario == null || scenario.isBlank()) {
      scenario = Scenarios.BASELINE;
    }
    try {
      scenarioChoices = scenarios.list(callers.caller());
      build(headcount.overview(callers.caller(), period, scenario));
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException | InvalidInputException e) {
      PageErrors.send(404, e.getMessage());
    }
  }

  /** Reads the tree again for the quarter and scenario chosen in the menus. */
  public void show() {
    load();
  }

  private void build(List<UnitHeadcountView> units) {
    unitCount = units.size();
    statusCounts.clear();
    root = new DefaultTreeNode<>(null, null);
    Map<String, TreeNode<UnitHeadcountView>> nodes = new HashMap<>();
    for (UnitHeadcountView unit : units) {
      // parents come first; a unit whose parent is hidden is a top unit here
      TreeNode<UnitHeadcountView> parent = nodes.getOrDefault(unit.parentCode(), root);
      TreeNode<UnitHeadcountView> node = new DefaultTreeNode<>(unit, parent);
      node.setExpanded(parent == root || parent.getParent() == root && units.size() <= OPEN_ALL);
      nodes.put(unit.code(), node);
      statusCounts.merge(unit.status(), 1, Integer::sum);
    }
  }

  /** How many units have a plan in the status, by the status's name. */
  public int count(String status) {
    return statusCounts.getOrDefault(status, 0);
  }

  /** Whether the subtree's planned cost is above its budget. */
  public boolean overBudget(UnitHeadcountView unit) {
    return unit.totals().budget() != null
        && unit.totals().annualCost().compareTo(unit.totals().budget()) > 0;
  }

  public List<String> getQuarterChoices() {
    return QuarterChoices.around();
  }

  public TreeNode<UnitHeadcountView> getRoot() {
    return root;
  }

  public boolean isNoUnits() {
    return unitCount == 0;
  }

  public List<ScenarioView> getScenarios() {
    return scenarioChoices;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getScenario() {
    return scenario;
  }

  public void setScenario(String scenario) {
    this.scenario = scenario;
  }
}
