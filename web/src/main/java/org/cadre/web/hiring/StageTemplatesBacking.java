package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.cadre.domain.hiring.ReportingStage;
import org.cadre.services.common.ServiceException;
import org.cadre.services.hiring.StageInput;
import org.cadre.services.hiring.StageTemplateService;
import org.cadre.services.hiring.StageView;
import org.cadre.services.hiring.TemplateView;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/**
 * HR's pipeline templates: one per blueprint family, each stage named and mapped to a reporting
 * stage. Requisitions opened after a change copy the new pipeline.
 */
@Named
@ViewScoped
public class StageTemplatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private StageTemplateService templates;
  @Inject private CallerContext callers;

  private List<TemplateView> all;
  private String family;
  private long revision;
  private List<Row> stages = new ArrayList<>();

  public void load() {
    all = HiringActions.read(() -> templates.all(callers.caller()));
    if (all != null && !all.isEmpty()) {
      edit(all.get(0));
    }
  }

  public void edit(TemplateView template) {
    family = template.family();
    revision = template.revision();
    stages = new ArrayList<>();
    for (StageView stage : template.stages()) {
      stages.add(new Row(stage.name(), stage.reportingStage()));
    }
  }

  public void add() {
    stages.add(stages.size() - 1, new Row("", ReportingStage.INTERVIEW.name()));
  }

  public void remove(Row row) {
    stages.remove(row);
  }

  public void up(Row row) {
    int index = stages.indexOf(row);
    if (index > 0) {
      Collections.swap(stages, index, index - 1);
    }
  }

  public void save() {
    try {
      TemplateView saved =
          templates.save(
              callers.caller(),
              family,
              stages.stream().map(r -> new StageInput(r.getName(), r.getReportingStage())).toList(),
              revision == 0 ? null : revision);
      Messages.info("templates.saved", family);
      all = templates.all(callers.caller());
      edit(saved);
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  public List<ReportingStage> getReportingStages() {
    return Arrays.asList(ReportingStage.values());
  }

  public List<TemplateView> getAll() {
    return all;
  }

  public String getFamily() {
    return family;
  }

  public List<Row> getStages() {
    return stages;
  }

  /** One stage as the editor holds it. */
  public static final class Row implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String reportingStage;

    Row(String name, String reportingStage) {
      this.name = name;
      this.reportingStage = reportingStage;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getReportingStage() {
      return reportingStage;
    }

    public void setReportingStage(String reportingStage) {
      this.reportingStage = reportingStage;
    }
  }
}
