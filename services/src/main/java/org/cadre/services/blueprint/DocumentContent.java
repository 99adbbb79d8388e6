package org.cadre.services.blueprint;

import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.BlueprintItem;
import org.cadre.domain.blueprint.CareerDirection;
import org.cadre.domain.blueprint.CareerStep;
import org.cadre.domain.blueprint.DocumentSource;
import org.cadre.domain.blueprint.Experience;
import org.cadre.domain.blueprint.ItemKind;
import org.cadre.domain.blueprint.Kpi;
import org.cadre.domain.blueprint.ScorecardDimension;
import org.cadre.domain.blueprint.Section;
import org.cadre.domain.blueprint.SoftSkill;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Tool;
import org.cadre.services.blueprint.document.ParsedBlueprint;

/**
 * A parsed document as blueprint content. Text longer than Cadre stores is cut, with a warning
 * naming what was cut, so an unusually long document still imports.
 */
final class DocumentContent {

  private static final int NAME = 300;
  private static final int TEXT = 4000;
  private static final int SHORT = 300;

  private final List<String> warnings;

  private DocumentContent(List<String> warnings) {
    this.warnings = warnings;
  }

  /** The blueprint content, its source and its warnings (the parser's and the cuts). */
  record Draft(BlueprintContent content, DocumentSource source, List<String> warnings) {}

  static Draft of(ParsedBlueprint parsed, String fileName) {
    DocumentContent mapping = new DocumentContent(new ArrayList<>(parsed.warnings()));
    BlueprintContent content = mapping.content(parsed);
    ParsedBlueprint.Source source = parsed.source();
    return new Draft(
        content,
        new DocumentSource(
            source.format().name(),
            mapping.clip(fileName, SHORT, "the file name"),
            mapping.clip(source.url(), 2000, "the source address"),
            source.modified(),
            source.sha256()),
        mapping.warnings);
  }

  private BlueprintContent content(ParsedBlueprint p) {
    return new BlueprintContent(
        clip(p.title(), BlueprintContent.TITLE_MAX, "the title"),
        clip(p.family(), BlueprintContent.FAMILY_MAX, "the family"),
        p.level(),
        p.track(),
        clip(p.summary(), BlueprintContent.SUMMARY_MAX, "the summary"),
        p.technicalSkills().stream()
            .map(
                s ->
                    new TechnicalSkill(
                        s.tier(),
                        clip(s.name(), NAME, "a technical skill's name"),
                        clip(s.description(), TEXT, "the description of " + s.name()),
                        clip(s.typicalUse(), TEXT, "the typical use of " + s.name()),
                        s.importance(),
                        clip(s.importanceText(), SHORT, "the importance of " + s.name())))
            .toList(),
        p.softSkills().stream()
            .map(
                s ->
                    new SoftSkill(
                        clip(s.name(), NAME, "a soft skill's name"),
                        clip(s.whyItMatters(), TEXT, "why " + s.name() + " matters"),
                        clip(s.showsUpAs(), TEXT, "how " + s.name() + " shows up"),
                        clip(s.strongPerformance(), TEXT, "strong " + s.name())))
            .toList(),
        p.kpis().stream()
            .map(
                k ->
                    new Kpi(
                        clip(k.name(), TEXT, "a KPI's name"),
                        clip(k.measures(), TEXT, "what " + k.name() + " measures"),
                        clip(k.whyItMatters(), TEXT, "why " + k.name() + " matters"),
                        clip(k.target(), TEXT, "the target of " + k.name()),
                        clip(k.frequency(), SHORT, "the frequency of " + k.name())))
            .toList(),
        p.tools().stream()
            .map(
                t ->
                    new Tool(
                        clip(t.category(), NAME, "a tool category"),
                        clip(t.tool(), NAME, "a tool's name"),
                        clip(t.use(), TEXT, "the use of " + t.tool()),
                        t.commonality(),
                        clip(t.commonalityText(), SHORT, "how common " + t.tool() + " is")))
            .toList(),
        p.scorecard().stream()
            .map(
                d -> {
                  var anchors = new java.util.LinkedHashMap<String, String>();
                  d.anchors()
                      .forEach(
                          (label, text) ->
                              anchors.put(
                                  clip(label, NAME, "an anchor label"),
                                  clip(text, TEXT, "an anchor of " + d.dimension())));
                  return new ScorecardDimension(
                      clip(d.dimension(), NAME, "a scorecard dimension"), anchors);
                })
            .toList(),
        careerPath(p.careerPath()),
        new Experience(
            p.experience().minYears(),
            p.experience().maxYears(),
            clip(p.experience().text(), TEXT, "the experience")),
        items(p),
        p.sections().stream()
            .map(
                s ->
                    new Section(
                        clip(s.heading(), NAME, "a section heading"),
                        clip(s.text(), Section.TEXT_MAX, "section " + s.heading())))
            .toList());
  }

  private List<CareerStep> careerPath(ParsedBlueprint.CareerPath path) {
    List<CareerStep> steps = new ArrayList<>();
    path.feeder().forEach(r -> steps.add(step(CareerDirection.FEEDER, r)));
    path.next().forEach(r -> steps.add(step(CareerDirection.NEXT, r)));
    path.adjacent().forEach(r -> steps.add(step(CareerDirection.ADJACENT, r)));
    return steps;
  }

  private CareerStep step(CareerDirection direction, ParsedBlueprint.CareerRole role) {
    return new CareerStep(
        direction,
        clip(role.title(), BlueprintContent.TITLE_MAX, "a career path title"),
        clip(role.note(), TEXT, "the note on " + role.title()));
  }

  private List<BlueprintItem> items(ParsedBlueprint p) {
    List<BlueprintItem> items = new ArrayList<>();
    grouped(items, ItemKind.RESPONSIBILITY, p.responsibilities());
    grouped(items, ItemKind.ACTIVITY, p.activities());
    grouped(items, ItemKind.DELIVERABLE, p.deliverables());
    grouped(items, ItemKind.GOAL, p.goals());
    p.education().forEach(e -> items.add(item(ItemKind.EDUCATION, null, e)));
    p.certifications().forEach(c -> items.add(item(ItemKind.CERTIFICATION, null, c)));
    return items;
  }

  private void grouped(
      List<BlueprintItem> items, ItemKind kind, List<ParsedBlueprint.ItemGroup> groups) {
    for (ParsedBlueprint.ItemGroup group : groups) {
      for (String text : group.items()) {
        items.add(item(kind, group.group(), text));
      }
    }
  }

  private BlueprintItem item(ItemKind kind, String group, String text) {
    return new BlueprintItem(
        kind,
        clip(group, NAME, "a " + kind.label().toLowerCase() + " group"),
        clip(text, TEXT, "an item of " + kind.label().toLowerCase()));
  }

  private String clip(String text, int max, String what) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    warnings.add(
        "Cut "
            + what
            + " from "
            + stripped.length()
            + " to "
            + max
            + " characters, the most Cadre keeps.");
    return stripped.substring(0, max - 1) + "…";
  }
}
