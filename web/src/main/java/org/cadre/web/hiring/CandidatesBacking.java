package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cadre.services.hiring.AnonymisedView;
import org.cadre.services.hiring.CandidateDataService;
import org.cadre.services.hiring.CandidateRow;
import org.cadre.services.hiring.CandidateService;
import org.cadre.services.hiring.DuplicatePairView;
import org.cadre.services.hiring.HiringSettings;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * HR's candidates: a search over all of them, the pairs that look like one person with a merge for
 * each, and anonymising those whose retention period has passed.
 */
@Named
@ViewScoped
public class CandidatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CandidateService candidates;
  @Inject private CandidateDataService data;
  @Inject private HiringSettings settings;
  @Inject private CallerContext callers;

  private String text;
  private List<DuplicatePairView> duplicates;
  private final LazyDataModel<CandidateRow> model = new Model();

  public void load() {
    duplicates = HiringActions.read(() -> candidates.duplicates(callers.caller()));
  }

  /** Merges the pair's second candidate into the first, the older one. */
  public void merge(DuplicatePairView pair) {
    HiringActions.act(
        () -> candidates.merge(callers.caller(), pair.second().id(), pair.first().id()),
        "candidate.merged",
        pair.second().id(),
        pair.first().id());
    duplicates = candidates.duplicates(callers.caller());
  }

  public void anonymiseExpired() {
    try {
      AnonymisedView done = data.anonymiseExpired(callers.caller());
      Messages.info("candidates.anonymised", done.candidateIds().size(), done.retentionDays());
    } catch (org.cadre.services.common.ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  public int getRetentionDays() {
    return settings.retentionDays();
  }

  public List<DuplicatePairView> getDuplicates() {
    return duplicates;
  }

  public LazyDataModel<CandidateRow> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  private final class Model extends LazyDataModel<CandidateRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) candidates.search(callers.caller(), text, 0, 1).total();
    }

    @Override
    public List<CandidateRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = candidates.search(callers.caller(), text, first / pageSize, pageSize);
      setRowCount((int) page.total());
      return page.items();
    }

    @Override
    public String getRowKey(CandidateRow row) {
      return Long.toString(row.id());
    }
  }
}
