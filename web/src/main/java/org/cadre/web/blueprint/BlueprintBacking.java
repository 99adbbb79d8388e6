package org.cadre.web.blueprint;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.blueprint.BlueprintEdit;
import org.cadre.services.blueprint.BlueprintService;
import org.cadre.services.blueprint.BlueprintView;
import org.cadre.services.blueprint.DiffView;
import org.cadre.services.blueprint.RevisionView;
import org.cadre.services.blueprint.TechnicalSkillView;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.competency.RequirementService;
import org.cadre.web.portal.Messages;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.security.CallerContext;

/**
 * One blueprint, section by section in tabs, with its history. HR edits the latest revision while
 * it is a draft (facts, each skill's tier and importance, and the level it requires) and publishes
 * it.
 */
@Named
@ViewScoped
public class BlueprintBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private BlueprintService blueprints;
  @Inject private RequirementService requirements;
  @Inject private BlueprintPeopleBacking people;
  @Inject private CallerContext callers;

  private Long id;
  private Integer revision;
  private BlueprintView blueprint;
  private List<RevisionView> history;
  private DiffView diff;
  private int diffFrom;
  private int diffTo;

  private String title;
  private String family;
  private Level level;
  private Track track;
  private List<SkillRow> skills;

  /** The skills of one tier, for one section of the page. */
  public record TierSkills(SkillTier tier, List<TechnicalSkillView> skills)
      implements Serializable {}

  /** A skill as the edit form holds it. */
  public static final class SkillRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final Integer skillId;
    private SkillTier tier;
    private Importance importance;
    private Integer requiredLevel;

    SkillRow(TechnicalSkillView skill) {
      this.name = skill.name();
      this.skillId = skill.skillId();
      this.tier = skill.tier();
      this.importance = skill.importance();
      this.requiredLevel = skill.levelSet() ? skill.requiredLevel() : null;
    }

    public Integer getSkillId() {
      return skillId;
    }

    /** The level HR set; null while it follows the importance. */
    public Integer getRequiredLevel() {
      return requiredLevel;
    }

    public void setRequiredLevel(Integer requiredLevel) {
      this.requiredLevel = requiredLevel;
    }

    public String getName() {
      return name;
    }

    public SkillTier getTier() {
      return tier;
    }

    public void setTier(SkillTier tier) {
      this.tier = tier;
    }

    public Importance getImportance() {
      return importance;
    }

    public void setImportance(Importance importance) {
      this.importance = importance;
    }
  }

  public void load() {
    if (id == null) {
      PageErrors.send(404, Messages.text("blueprint.missingId"));
      return;
    }
    try {
      blueprint =
          revision == null
              ? blueprints.get(callers.caller(), id)
              : blueprints.get(callers.caller(), id, revision);
      history = blueprints.revisions(callers.caller(), id);
    } catch (NotFoundException e) {
      PageErrors.send(404, e.getMessage());
      return;
    }
    diffTo = blueprint.revision();
    diffFrom = Math.max(1, diffTo - 1);
    resetForm();
  }

  private void resetForm() {
    title = blueprint.title();
    family = blueprint.family();
    level = blueprint.level();
    track = blueprint.track();
    skills = new ArrayList<>(blueprint.technicalSkills().stream().map(SkillRow::new).toList());
  }

  public void save() {
    try {
      blueprint =
          blueprints.editDraft(
              callers.caller(),
              id,
              new BlueprintEdit(
                  blueprint.version(),
                  title,
                  family,
                  level,
                  track,
                  skills.stream()
                      .map(s -> new BlueprintEdit.SkillEdit(s.tier, s.importance))
                      .toList()));
      resetForm();
      Messages.info("blueprint.saved");
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  /**
   * Saves the level HR chose for one skill of the draft at once (or its importance's default), and
   * takes up the blueprint's new version so that the rest of the form still saves.
   */
  public void requireLevel(SkillRow row) {
    try {
      TechnicalSkillView skill =
          requirements.requireLevel(callers.caller(), id, row.skillId, row.requiredLevel);
      blueprint = blueprints.get(callers.caller(), id);
      people.refresh();
      Messages.info("blueprint.requiredLevel.saved", skill.name(), skill.requiredLevel());
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  /** The default a skill's importance gives, for the "default" choice of its level. */
  public int defaultLevel(SkillRow row) {
    return Importance.requiredLevel(row.importance);
  }

  public int[] getLevelScale() {
    return new int[] {0, 1, 2, 3, 4, 5};
  }

  public void publish() {
    try {
      blueprint = blueprints.publish(callers.caller(), id);
      history = blueprints.revisions(callers.caller(), id);
      resetForm();
      Messages.info("blueprint.published", blueprint.revision());
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  public void compare() {
    try {
      diff = blueprints.diff(callers.caller(), id, diffFrom, diffTo);
    } catch (ServiceException e) {
      diff = null;
      Messages.errorText(e.getMessage());
    }
  }

  /** Whether the caller may edit and publish: HR or ADMIN, on the latest revision, a draft. */
  public boolean isEditable() {
    return callers.caller().hasAny(Role.HR, Role.ADMIN)
        && blueprint.status() == BlueprintStatus.DRAFT
        && blueprint.revision() == blueprint.latestRevision();
  }

  public List<TierSkills> getTiers() {
    Map<SkillTier, List<TechnicalSkillView>> byTier =
        blueprint.technicalSkills().stream()
            .collect(
                Collectors.groupingBy(TechnicalSkillView::tier, TreeMap::new, Collectors.toList()));
    return byTier.entrySet().stream().map(e -> new TierSkills(e.getKey(), e.getValue())).toList();
  }

  public boolean isHasCareerPath() {
    var path = blueprint.careerPath();
    return !(path.feeder().isEmpty() && path.next().isEmpty() && path.adjacent().isEmpty());
  }

  public String getProfileUrl() {
    return "api/blueprints/" + id + "/profile.pdf";
  }

  public String getWorkbookUrl() {
    return "api/blueprints/" + id + ".xlsx";
  }

  public SkillTier[] getTierOptions() {
    return SkillTier.values();
  }

  public Importance[] getImportanceOptions() {
    return Importance.values();
  }

  public String levelLabel(String level) {
    return Level.valueOf(level).label();
  }

  public Level[] getLevelOptions() {
    return Level.values();
  }

  public Track[] getTrackOptions() {
    return Track.values();
  }

  public BlueprintView getBlueprint() {
    return blueprint;
  }

  public List<RevisionView> getHistory() {
    return history;
  }

  public DiffView getDiff() {
    return diff;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getRevision() {
    return revision;
  }

  public void setRevision(Integer revision) {
    this.revision = revision;
  }

  public int getDiffFrom() {
    return diffFrom;
  }

  public void setDiffFrom(int diffFrom) {
    this.diffFrom = diffFrom;
  }

  public int getDiffTo() {
    return diffTo;
  }

  public void setDiffTo(int diffTo) {
    this.diffTo = diffTo;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getFamily() {
    return family;
  }

  public void setFamily(String family) {
    this.family = family;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public Track getTrack() {
    return track;
  }

  public void setTrack(Track track) {
    this.track = track;
  }

  public List<SkillRow> getSkills() {
    return skills;
  }
}
