package org.cadre.web.hiring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cadre.services.hiring.InterviewRow;
import org.cadre.services.hiring.InterviewService;
import org.cadre.web.security.CallerContext;

/** The caller's interviews, soonest first, with the ones still to score marked. */
@Named
@RequestScoped
public class InterviewsBacking {

  @Inject private InterviewService interviews;
  @Inject private CallerContext callers;

  private List<InterviewRow> rows;

  public List<InterviewRow> getRows() {
    if (rows == null) {
      rows = interviews.mine(callers.caller());
    }
    return rows;
  }

  public long getToScore() {
    return getRows().stream().filter(r -> !r.submitted()).count();
  }
}
