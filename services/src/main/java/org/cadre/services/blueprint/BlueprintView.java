package org.cadre.services.blueprint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.BlueprintItem;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.CareerDirection;
import org.cadre.domain.blueprint.CareerStep;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.ItemKind;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleKey;
import org.cadre.domain.blueprint.Track;

/**
 * One revision of a blueprint, whole: every section, where it came from and what its import could
 * not read.
 *
 * @param version the blueprint's version, to send back with an edit (optimistic locking)
 * @param publishedRevision the revision in force, or null when none is published yet
 */
public record BlueprintView(
    long id,
    String title,
    String family,
    Level level,
    Track track,
    BlueprintStatus status,
    int revision,
    Integer publishedRevision,
    int latestRevision,
    long version,
    String summary,
    Source source,
    List<TechnicalSkillView> technicalSkills,
    List<SoftSkillView> softSkills,
    List<KpiView> kpis,
    List<ToolView> tools,
    List<ScorecardView> scorecard,
    CareerPathView careerPath,
    ExperienceView experience,
    List<String> education,
    List<String> certifications,
    List<ItemGroupView> responsibilities,
    List<ItemGroupView> activities,
    List<ItemGroupView> deliverables,
    List<ItemGroupView> goals,
    List<SectionView> sections,
    List<String> warnings) {

  /** Where the revision came from; null fields for a blueprint written in Cadre. */
  public record Source(
      String format, String fileName, String url, Instant modified, String checksum) {}

  public record SoftSkillView(
      String name,
      String whyItMatters,
      String showsUpAs,
      String strongPerformance,
      Long competencyId) {}

  public record KpiView(
      String name, String measures, String whyItMatters, String target, String frequency) {}

  public record ToolView(
      String category, String tool, String use, Commonality commonality, String commonalityText) {}

  public record ScorecardView(String dimension, Map<String, String> anchors) {}

  /**
   * A role on the career path; {@code blueprintId} when the library has a blueprint of that title.
   */
  public record CareerRoleView(String title, String note, Long blueprintId) {}

  public record CareerPathView(
      List<CareerRoleView> feeder, List<CareerRoleView> next, List<CareerRoleView> adjacent) {}

  public record ExperienceView(Integer minYears, Integer maxYears, String text) {}

  public record ItemGroupView(String group, List<String> items) {}

  public record SectionView(String heading, String text) {}

  /**
   * @param library blueprint ids by role key, for linking career path titles to the library
   */
  static BlueprintView of(BlueprintRevision revision, Map<String, Long> library) {
    var blueprint = revision.blueprint();
    var experience = revision.experience();
    return new BlueprintView(
        blueprint.id(),
        revision.title(),
        revision.family(),
        revision.level().orElse(null),
        revision.track(),
        revision.status(),
        revision.number(),
        blueprint.publishedRevision().map(BlueprintRevision::number).orElse(null),
        blueprint.latestRevision().number(),
        blueprint.version(),
        revision.summary(),
        revision
            .source()
            .map(s -> new Source(s.format(), s.fileName(), s.url(), s.modified(), s.checksum()))
            .orElse(new Source(null, null, null, null, null)),
        revision.technicalSkills().stream().map(TechnicalSkillView::of).toList(),
        revision.softSkills().stream()
            .map(
                s ->
                    new SoftSkillView(
                        s.name(),
                        s.whyItMatters(),
                        s.showsUpAs(),
                        s.strongPerformance(),
                        s.competencyId()))
            .toList(),
        revision.kpis().stream()
            .map(
                k ->
                    new KpiView(
                        k.name(), k.measures(), k.whyItMatters(), k.target(), k.frequency()))
            .toList(),
        revision.tools().stream()
            .map(
                t ->
                    new ToolView(
                        t.category(),
                        t.tool(),
                        t.use(),
                        t.commonality().orElse(null),
                        t.commonalityText()))
            .toList(),
        revision.scorecard().stream()
            .map(d -> new ScorecardView(d.dimension(), d.anchors()))
            .toList(),
        careerPath(revision.careerPath(), library),
        new ExperienceView(experience.minYears(), experience.maxYears(), experience.text()),
        texts(revision.items(), ItemKind.EDUCATION),
        texts(revision.items(), ItemKind.CERTIFICATION),
        groups(revision.items(), ItemKind.RESPONSIBILITY),
        groups(revision.items(), ItemKind.ACTIVITY),
        groups(revision.items(), ItemKind.DELIVERABLE),
        groups(revision.items(), ItemKind.GOAL),
        revision.sections().stream().map(s -> new SectionView(s.heading(), s.text())).toList(),
        revision.warnings());
  }

  private static CareerPathView careerPath(List<CareerStep> steps, Map<String, Long> library) {
    Function<CareerDirection, List<CareerRoleView>> roles =
        direction ->
            steps.stream()
                .filter(s -> s.direction() == direction)
                .map(
                    s ->
                        new CareerRoleView(s.title(), s.note(), library.get(RoleKey.of(s.title()))))
                .toList();
    return new CareerPathView(
        roles.apply(CareerDirection.FEEDER),
        roles.apply(CareerDirection.NEXT),
        roles.apply(CareerDirection.ADJACENT));
  }

  private static List<String> texts(List<BlueprintItem> items, ItemKind kind) {
    return items.stream().filter(i -> i.kind() == kind).map(BlueprintItem::text).toList();
  }

  private static List<ItemGroupView> groups(List<BlueprintItem> items, ItemKind kind) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (BlueprintItem item : items) {
      if (item.kind() == kind) {
        groups
            .computeIfAbsent(item.group() == null ? "" : item.group(), g -> new ArrayList<>())
            .add(item.text());
      }
    }
    return groups.entrySet().stream()
        .map(e -> new ItemGroupView(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
        .collect(Collectors.toList());
  }
}
