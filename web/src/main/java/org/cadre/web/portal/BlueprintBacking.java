package org.cadre.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintView;
import org.cadre.services.blueprint.TechnicalSkillView;
import org.cadre.services.common.NotFoundException;
import org.cadre.web.security.CallerContext;

/** One blueprint: its facts, summary and skills by tier, with its PDF profile. */
@Named
@ViewScoped
public class BlueprintBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BlueprintService blueprints;
  @Inject private CallerContext callers;

  private Long id;
  private BlueprintView blueprint;

  /** The skills of one tier, for one section of the page. */
  public record TierSkills(SkillTier tier, List<TechnicalSkillView> skills)
      implements Serializable {}

  public void load() {
    if (id == null) {
      PageErrors.send(404, Messages.text("blueprint.missingId"));
      return;
    }
    try {
      blueprint = blueprints.get(callers.caller(), id);
    } catch (NotFoundException e) {
      PageErrors.send(404, e.getMessage());
    }
  }

  public List<TierSkills> getTiers() {
    Map<SkillTier, List<TechnicalSkillView>> byTier =
        blueprint.technicalSkills().stream()
            .collect(
                Collectors.groupingBy(TechnicalSkillView::tier, TreeMap::new, Collectors.toList()));
    return byTier.entrySet().stream().map(e -> new TierSkills(e.getKey(), e.getValue())).toList();
  }

  public String getProfileUrl() {
    return "api/blueprints/" + id + "/profile.pdf";
  }

  public BlueprintView getBlueprint() {
    return blueprint;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
