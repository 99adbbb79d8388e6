package org.cadre.web.planning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cadre.services.planning.PlanView;
import org.cadre.services.planning.PlanningService;
import org.cadre.web.security.CallerContext;
import org.primefaces.PrimeFaces;

/** The planning page's dialog that rejects the selected quarter's plan with a comment. */
@Named
@ViewScoped
public class RejectPlanDialog implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanningBacking page;
  @Inject private PlanningService planning;
  @Inject private CallerContext callers;

  private String comment;

  /** Chooses the plan the dialog is about. */
  public void prepare(String quarter) {
    comment = null;
    page.select(quarter);
  }

  /**
   * Rejects the plan the dialog is about, then re-renders the plan form: only once the comment
   * passed validation, so that a missing comment is told in the dialog alone.
   */
  public void reject() {
    String quarter = page.getPeriod();
    PlanView plan = page.plan(quarter);
    page.act(
        quarter,
        () -> planning.reject(callers.caller(), plan.id(), plan.revision(), comment),
        "planning.rejected",
        quarter);
    PrimeFaces.current().ajax().update("plan");
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
