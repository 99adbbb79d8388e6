package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cadre.services.common.ServiceException;
import org.cadre.services.hiring.FunnelView;
import org.cadre.services.hiring.HiringMetricsService;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/**
 * The hiring funnel of a unit (with those below it) or of everything the caller sees, for a period:
 * the funnel, days in stage and source of hire as charts, and time to fill, time to hire and offer
 * acceptance as figures (docs/hiring.md defines them).
 */
@Named
@ViewScoped
public class HiringBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private HiringMetricsService metrics;
  @Inject private OrganisationService organisation;
  @Inject private CallerContext callers;

  private String unit;
  private LocalDate from;
  private LocalDate to;
  private List<OrgUnitView> units;
  private FunnelView funnel;

  public void load() {
    units = HiringActions.read(() -> organisation.units(callers.caller()));
    if (units != null) {
      funnel = HiringActions.read(this::read);
    }
  }

  /** Reads the funnel again for the filters chosen. */
  public void refresh() {
    try {
      funnel = read();
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  private FunnelView read() {
    FunnelView read =
        metrics.funnel(
            callers.caller(),
            unit,
            null,
            null,
            from == null ? null : from.toString(),
            to == null ? null : to.toString());
    from = read.from();
    to = read.to();
    return read;
  }

  public String getFunnelChart() {
    return HiringCharts.funnel(
        funnel, Messages.text("hiring.chart.entered"), Messages.text("hiring.chart.passed"));
  }

  public String getDaysChart() {
    return HiringCharts.days(
        funnel, Messages.text("hiring.chart.median"), Messages.text("hiring.chart.p90"));
  }

  public String getSourceChart() {
    return HiringCharts.sources(funnel.sourceOfHire(), Messages.text("hiring.chart.hires"));
  }

  public String unitLabel(OrgUnitView view) {
    return "\u00a0\u00a0".repeat(view.depth()) + view.name() + " (" + view.code() + ")";
  }

  public String getExportUrl() {
    return "api/hiring/export.xlsx?from="
        + from
        + "&to="
        + to
        + (unit == null || unit.isBlank() ? "" : "&orgUnit=" + unit);
  }

  public FunnelView getFunnel() {
    return funnel;
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

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
