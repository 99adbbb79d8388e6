package org.cadre.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cadre.domain.planning.Scenarios;
import org.cadre.services.common.ServiceException;
import org.cadre.services.people.OrgScopes;
import org.cadre.services.people.OrgUnitView;
import org.cadre.services.people.OrganisationService;
import org.cadre.services.planning.ScenarioService;
import org.cadre.services.planning.ScenarioView;
import org.cadre.services.reporting.ReportRunView;
import org.cadre.services.reporting.ReportScheduleView;
import org.cadre.services.reporting.ReportSchedules;
import org.cadre.services.reporting.ReportService;
import org.cadre.services.reporting.WorkforcePackCommand;
import org.cadre.web.portal.Messages;
import org.cadre.web.portal.QuarterChoices;
import org.cadre.web.security.CallerContext;

/**
 * The reports page: choose a unit (or the whole organisation), a period, a scenario, the unit pages
 * and a language; make the pack in the background and follow its progress; download past packs,
 * with a picture of the newest one's first page; have a pack made every quarter.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReportService reports;
  @Inject private ReportSchedules schedules;
  @Inject private OrganisationService organisation;
  @Inject private ScenarioService scenarios;
  @Inject private CallerContext callers;
  @Inject private OrgScopes scopes;

  private String unit = "";
  private String from;
  private String to;
  private String scenario = Scenarios.BASELINE;
  private String detail = "departments";
  private String format = "pdf";
  private String lang = "en";
  private List<OrgUnitView> units;
  private List<ScenarioView> scenarioChoices;
  private List<ReportRunView> packs;
  private List<ReportScheduleView> scheduled;
  private boolean everything;

  public void load() {
    if (from == null) {
      from = QuarterChoices.current().toString();
      to = QuarterChoices.current().next().next().next().toString();
    }
    units = organisation.units(callers.caller());
    everything = scopes.of(callers.caller()).seesEverything();
    scenarioChoices = scenarios.list(callers.caller());
    refresh();
  }

  /** Reads the caller's packs and schedules again: the poll's work while a pack is made. */
  public void refresh() {
    packs = reports.list(callers.caller());
    scheduled = schedules.list(callers.caller());
  }

  /** Asks for the pack chosen in the form; the page follows its progress. */
  public void make() {
    try {
      reports.request(callers.caller(), command());
      Messages.info("reports.asked");
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
    refresh();
  }

  /** Has the pack chosen in the form made at the start of every quarter. */
  public void scheduleQuarterly() {
    try {
      ReportScheduleView schedule = schedules.schedule(callers.caller(), command(), Instant.now());
      Messages.info("reports.scheduled", schedule.nextRunAt().toString().substring(0, 10));
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
    refresh();
  }

  public void unschedule(long id) {
    try {
      schedules.unschedule(callers.caller(), id);
      Messages.info("reports.unscheduled");
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
    refresh();
  }

  private WorkforcePackCommand command() {
    return new WorkforcePackCommand("workforce", unit, from, to, scenario, detail, format, lang);
  }

  /** Whether a pack of the caller's is being made, so that the page keeps polling. */
  public boolean isBusy() {
    return packs != null && packs.stream().anyMatch(p -> !p.finished());
  }

  /** The newest pack still being made, for the progress bar; null when none is. */
  public ReportRunView getMaking() {
    return packs == null
        ? null
        : packs.stream().filter(p -> !p.finished()).findFirst().orElse(null);
  }

  /** The newest PDF pack made, whose first page the page shows; null when there is none. */
  public ReportRunView getNewestPdf() {
    return packs == null
        ? null
        : packs.stream()
            .filter(p -> "DONE".equals(p.status()) && "pdf".equals(p.format()))
            .findFirst()
            .orElse(null);
  }

  /** What a pack of no unit is of: the whole organisation, or a manager's own units. */
  public String getAllUnits() {
    return Messages.text(everything ? "reports.organisation" : "reports.yourUnits");
  }

  /** The unit's name as the list shows it, or the whole organisation (a manager's own units). */
  public String unitName(String code) {
    if (code == null) {
      return getAllUnits();
    }
    return units.stream()
        .filter(u -> u.code().equals(code))
        .map(OrgUnitView::name)
        .findFirst()
        .orElse(code);
  }

  public String statusLabel(String status) {
    return Messages.text("reports.status." + status);
  }

  /** A file size in KB or MB. */
  public String size(Long bytes) {
    if (bytes == null) {
      return "";
    }
    return bytes < 1_048_576
        ? Messages.text("reports.size.kb", Math.max(1, bytes / 1024))
        : Messages.text("reports.size.mb", String.format("%.1f", bytes / 1_048_576.0));
  }

  public List<String> getQuarterChoices() {
    return QuarterChoices.around();
  }

  public List<OrgUnitView> getUnits() {
    return units;
  }

  public List<ScenarioView> getScenarios() {
    return scenarioChoices;
  }

  public List<ReportRunView> getPacks() {
    return packs;
  }

  public List<ReportScheduleView> getScheduled() {
    return scheduled;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
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

  public String getScenario() {
    return scenario;
  }

  public void setScenario(String scenario) {
    this.scenario = scenario;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }
}
