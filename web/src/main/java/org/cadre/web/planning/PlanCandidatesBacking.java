package org.cadre.web.planning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.Level;
import org.cadre.services.common.ServiceException;
import org.cadre.services.competency.BlueprintLevel;
import org.cadre.services.competency.CandidatesView;
import org.cadre.services.competency.ReadinessService;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/**
 * The planning grid's internal candidates: for each seat of a line with a gap, how many people
 * inside the company are ready for its blueprint (counted whoever may see them), and their list on
 * demand (by name within the caller's units, the others counted).
 */
@Named
@ViewScoped
public class PlanCandidatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanningBacking planning;
  @Inject private ReadinessService readiness;
  @Inject private CallerContext callers;

  private final Map<BlueprintLevel, Integer> counts = new HashMap<>();
  private PlanGrid.Row shown;
  private CandidatesView candidates;

  /** How many internal candidates the row's seat has; the grid's seats are counted in one go. */
  public int count(PlanGrid.Row row) {
    BlueprintLevel seat = seat(row);
    if (!counts.containsKey(seat)) {
      Set<BlueprintLevel> seats = new LinkedHashSet<>();
      planning.getRows().forEach(r -> seats.add(seat(r)));
      seats.add(seat);
      counts.putAll(readiness.candidateCounts(callers.caller(), seats));
    }
    return counts.getOrDefault(seat, 0);
  }

  /** Opens the list of the row's candidates. */
  public void open(PlanGrid.Row row) {
    shown = row;
    try {
      candidates =
          readiness.candidates(callers.caller(), row.getBlueprintId(), row.getLevel(), null, null);
    } catch (ServiceException e) {
      candidates = null;
      Messages.errorText(e.getMessage());
    }
  }

  /** The seat shown, as "Senior Backend Engineer (Senior)". */
  public String getSeatLabel() {
    return shown == null ? null : shown.label();
  }

  public PlanGrid.Row getShown() {
    return shown;
  }

  public CandidatesView getCandidates() {
    return candidates;
  }

  public int share(double share) {
    return (int) Math.round(share * 100);
  }

  private static BlueprintLevel seat(PlanGrid.Row row) {
    return new BlueprintLevel(
        row.getBlueprintId(), row.getLevel() == null ? null : Level.valueOf(row.getLevel()));
  }
}
