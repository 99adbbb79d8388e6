package org.cadre.web.competency;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.services.common.ServiceException;
import org.cadre.services.competency.CompetencyService;
import org.cadre.services.competency.CompetencyView;
import org.cadre.services.competency.MergeResult;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The competency catalogue: search it; HR merges two competencies that are one skill. */
@Named
@ViewScoped
public class CompetenciesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CompetencyService competencies;
  @Inject private CallerContext callers;

  private String text;
  private CompetencyView merged;
  private CompetencyView target;
  private List<String> blueprints = List.of();
  private CompetencyView shown;
  private final LazyDataModel<CompetencyView> model = new Model();

  public boolean isMayMerge() {
    return callers.caller().hasAny(Role.HR, Role.ADMIN);
  }

  /** Starts a merge of the given competency: the dialog then asks for the target. */
  public void startMerge(CompetencyView competency) {
    merged = competency;
    target = null;
  }

  public List<CompetencyView> completeTarget(String query) {
    return competencies.search(callers.caller(), query, 0, 15).items().stream()
        .filter(c -> merged == null || c.id() != merged.id())
        .toList();
  }

  public void merge() {
    if (merged == null || target == null) {
      Messages.error("competencies.merge.pickTarget");
      return;
    }
    try {
      MergeResult result = competencies.merge(callers.caller(), merged.id(), target.id());
      Messages.info(
          "competencies.merge.done",
          result.merged(),
          result.into().name(),
          result.relinkedSkills());
      merged = null;
      target = null;
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  public void show(CompetencyView competency) {
    shown = competency;
    blueprints = competencies.blueprints(callers.caller(), competency.id());
  }

  public LazyDataModel<CompetencyView> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public CompetencyView getMerged() {
    return merged;
  }

  public CompetencyView getTarget() {
    return target;
  }

  public void setTarget(CompetencyView target) {
    this.target = target;
  }

  public List<String> getBlueprints() {
    return blueprints;
  }

  public CompetencyView getShown() {
    return shown;
  }

  private final class Model extends LazyDataModel<CompetencyView> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) competencies.search(callers.caller(), text, 0, 1).total();
    }

    @Override
    public List<CompetencyView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = competencies.search(callers.caller(), text, first / pageSize, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(CompetencyView row) {
      return Long.toString(row.id());
    }

    @Override
    public CompetencyView getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(c -> Long.toString(c.id()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
