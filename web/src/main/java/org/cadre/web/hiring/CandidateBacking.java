package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.cadre.services.hiring.ApplicationView;
import org.cadre.services.hiring.CandidateDataService;
import org.cadre.services.hiring.CandidateService;
import org.cadre.services.hiring.CandidateView;
import org.cadre.services.hiring.PipelineService;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/**
 * A candidate's page: their details and CV, and each of their applications the caller may see with
 * its whole history. HR exports their data, anonymises them, or merges them into another.
 */
@Named
@ViewScoped
public class CandidateBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CandidateService candidates;
  @Inject private CandidateDataService data;
  @Inject private PipelineService pipeline;
  @Inject private CallerContext callers;

  private long id;
  private CandidateView candidate;
  private List<ApplicationView> applications;
  private Long mergeInto;

  public void load() {
    candidate = HiringActions.read(() -> candidates.get(callers.caller(), id));
    if (candidate != null) {
      readApplications();
    }
  }

  private void readApplications() {
    applications = new ArrayList<>();
    for (CandidateView.Application application : candidate.applications()) {
      applications.add(pipeline.get(callers.caller(), application.id()));
    }
  }

  public void anonymise() {
    HiringActions.act(
        () -> candidate = data.anonymise(callers.caller(), id), "candidate.anonymised", id);
    readApplications();
  }

  public void merge() {
    if (mergeInto == null) {
      Messages.error("candidate.merge.required");
      return;
    }
    HiringActions.act(
        () -> candidates.merge(callers.caller(), id, mergeInto), "candidate.merged", id, mergeInto);
    candidate = candidates.get(callers.caller(), id);
    readApplications();
  }

  public CandidateView getCandidate() {
    return candidate;
  }

  public List<ApplicationView> getApplications() {
    return applications;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Long getMergeInto() {
    return mergeInto;
  }

  public void setMergeInto(Long mergeInto) {
    this.mergeInto = mergeInto;
  }
}
