package org.cadre.web.competency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.competency.CoverageService;
import org.cadre.services.competency.HeatmapCell;
import org.cadre.services.competency.HeatmapRow;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.web.portal.Messages;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.security.CallerContext;

/**
 * A unit's competencies: the heatmap of its people, coverage per competency and the critical
 * competencies at risk; "what if" counts chosen people as gone and recomputes it all in place.
 */
@Named
@ViewScoped
public class TeamCompetenciesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CoverageService coverage;
  @Inject private OrganisationService organisation;
  @Inject private CallerContext callers;

  private String unit;
  private List<OrgUnitView> units;
  private List<String> leaving = new ArrayList<>();
  private Map<String, String> everyone = new LinkedHashMap<>();
  private Heatmap heatmap;
  private Heatmap.Order order = Heatmap.Order.GAP;

  public void load() {
    try {
      units = organisation.units(callers.caller());
      if (unit == null || unit.isBlank()) {
        unit =
            units.stream()
                .filter(u -> !u.hasChildren())
                .map(OrgUnitView::code)
                .findFirst()
                .orElse(units.isEmpty() ? null : units.get(0).code());
      }
      if (unit != null) {
        changeUnit();
      }
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException e) {
      PageErrors.send(404, e.getMessage());
    }
  }

  /** Shows another unit, with nobody counted as gone. */
  public void changeUnit() {
    leaving = new ArrayList<>();
    recompute();
    everyone = new LinkedHashMap<>();
    if (heatmap != null) {
      heatmap.people(Heatmap.Order.NAME).forEach(p -> everyone.put(p.number(), p.name()));
    }
  }

  /** Recomputes everything as if the people chosen had left. */
  public void recompute() {
    try {
      heatmap = new Heatmap(coverage.report(callers.caller(), unit, leaving));
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException e) {
      PageErrors.send(404, e.getMessage());
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  /** What if this person left too. */
  public void leave(String number) {
    if (!leaving.contains(number)) {
      leaving.add(number);
    }
    recompute();
  }

  /** Everyone back. */
  public void stayAll() {
    leaving = new ArrayList<>();
    recompute();
  }

  public List<HeatmapRow> getPeople() {
    return heatmap == null ? List.of() : heatmap.people(order);
  }

  public Heatmap getHeatmap() {
    return heatmap;
  }

  public HeatmapCell cell(HeatmapRow row, long competencyId) {
    return heatmap.cell(row.number(), competencyId);
  }

  public String cellText(HeatmapCell cell) {
    return Heatmap.text(cell);
  }

  public String cellClass(HeatmapCell cell) {
    return Heatmap.styleClass(cell);
  }

  /** The cell's tooltip: what it shows in words. */
  public String cellTitle(HeatmapRow row, String competency, HeatmapCell cell) {
    if (cell == null) {
      return Messages.text("team.cell.none", row.name(), competency);
    }
    String assessed =
        cell.assessed() == null ? Messages.text("team.cell.never") : cell.assessed().toString();
    String text =
        cell.required() == null
            ? Messages.text("team.cell.extra", row.name(), competency, assessed)
            : Messages.text(
                "team.cell.required", row.name(), competency, assessed, cell.required());
    return cell.stale() ? text + " " + Messages.text("team.cell.stale") : text;
  }

  /** The names of the people counted as gone. */
  public String getLeavingNames() {
    return String.join(", ", leaving.stream().map(n -> everyone.getOrDefault(n, n)).toList());
  }

  /** The workbook of what the page shows, people counted as gone included. */
  public String getWorkbookUrl() {
    String url = "api/org-units/" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
    url += "/competencies.xlsx";
    if (!leaving.isEmpty()) {
      url += "?without=" + URLEncoder.encode(String.join(",", leaving), StandardCharsets.UTF_8);
    }
    return url;
  }

  public String unitLabel(OrgUnitView view) {
    return "\u00a0\u00a0".repeat(view.depth()) + view.name() + " (" + view.code() + ")";
  }

  public int percent(double share) {
    return (int) Math.round(share * 100);
  }

  public Heatmap.Order[] getOrders() {
    return Heatmap.Order.values();
  }

  public String orderLabel(Heatmap.Order order) {
    return Messages.text("team.order." + order.name());
  }

  public Map<String, String> getEveryone() {
    return everyone;
  }

  public List<OrgUnitView> getUnits() {
    return units;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public List<String> getLeaving() {
    return leaving;
  }

  public void setLeaving(List<String> leaving) {
    this.leaving = leaving == null ? new ArrayList<>() : new ArrayList<>(leaving);
  }

  public Heatmap.Order getOrder() {
    return order;
  }

  public void setOrder(Heatmap.Order order) {
    this.order = order;
  }
}
