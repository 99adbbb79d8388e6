package org.cadre.web.planning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.common.PageRequest;
import org.cadre.services.blueprint.BlueprintQuery;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintSummaryView;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.web.security.CallerContext;

/**
 * The planning page's form that adds a line for a published blueprint to the selected quarter's
 * plan. The blueprints are read only when the form shows.
 */
@Named
@ViewScoped
public class NewPlanLineForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanningBacking page;
  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  private List<BlueprintSummaryView> published;
  private Long blueprintId;
  private String level;
  private BigDecimal fte;

  /** Adds the line; the form is emptied once it is saved. */
  public void add() {
    String title =
        publishedBlueprints().stream()
            .filter(b -> Objects.equals(b.id(), blueprintId))
            .map(BlueprintSummaryView::title)
            .findFirst()
            .orElse("#" + blueprintId);
    String wanted = level == null || level.isBlank() ? null : level;
    if (page.addLine(new PlanLineInput(blueprintId, wanted, fte, null, null), title)) {
      blueprintId = null;
      level = null;
      fte = null;
    }
  }

  public List<BlueprintSummaryView> publishedBlueprints() {
    if (published == null) {
      published =
          blueprints
              .list(callers.caller(), BlueprintQuery.all(PageRequest.MAX_SIZE))
              .items()
              .stream()
              .filter(b -> b.status() == BlueprintStatus.PUBLISHED)
              .toList();
    }
    return published;
  }

  public List<String> getLevels() {
    return Arrays.stream(Level.values()).map(Level::label).toList();
  }

  public Long getBlueprintId() {
    return blueprintId;
  }

  public void setBlueprintId(Long blueprintId) {
    this.blueprintId = blueprintId;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public BigDecimal getFte() {
    return fte;
  }

  public void setFte(BigDecimal fte) {
    this.fte = fte;
  }
}
