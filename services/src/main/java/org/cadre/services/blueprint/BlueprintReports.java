package org.cadre.services.blueprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.reports.blueprint.BlueprintLibraryWorkbook;
import org.cadre.reports.blueprint.BlueprintProfile;
import org.cadre.reports.blueprint.BlueprintWorkbook;
import org.cadre.services.blueprint.BlueprintView.CareerRoleView;
import org.cadre.services.blueprint.BlueprintView.ItemGroupView;
import org.cadre.services.blueprint.document.SectionKind;

/**
 * Assembles report data from a blueprint: the profile PDF's sections and the workbooks' rows.
 *
 * <p>The profile follows the document: each section is printed where it stood, in its structured
 * form when Cadre read one (skills as cards by tier, KPIs and tools as tables...), otherwise as its
 * text. Structured parts whose section heading was not recognised follow at the end, so nothing the
 * blueprint holds is left out.
 */
final class BlueprintReports {

  private BlueprintReports() {}

  static BlueprintProfile profile(BlueprintView blueprint) {
    List<BlueprintProfile.Section> sections = new ArrayList<>();
    Set<SectionKind> printed = EnumSet.noneOf(SectionKind.class);
    if (blueprint.summary() != null) {
      sections.add(new BlueprintProfile.Text("Summary", blueprint.summary()));
      printed.add(SectionKind.SUMMARY);
    }
    for (BlueprintView.SectionView section : blueprint.sections()) {
      SectionKind kind = SectionKind.of(section.heading());
      if (kind == SectionKind.HIRING) {
        // more than the scorecard: what to assess, exercises, signals; its table follows as cards
        if (section.text() != null) {
          sections.add(
              new BlueprintProfile.Text(section.heading(), withoutTableRows(section.text())));
        }
        if (printed.add(SectionKind.SCORECARD)) {
          sections.addAll(scorecard("Hiring scorecard", blueprint));
        }
        continue;
      }
      List<BlueprintProfile.Section> structured = structured(kind, section.heading(), blueprint);
      if (!structured.isEmpty() && printed.add(kind)) {
        sections.addAll(structured);
      } else if (kind != SectionKind.SUMMARY && section.text() != null) {
        sections.add(new BlueprintProfile.Text(section.heading(), section.text()));
      }
    }
    for (SectionKind kind : SectionKind.values()) {
      if (kind != SectionKind.HIRING && !printed.contains(kind)) {
        sections.addAll(structured(kind, null, blueprint));
      }
    }
    return new BlueprintProfile(
        blueprint.title(), facts(blueprint), status(blueprint), LocalDate.now(), sections);
  }

  /** The structured form of a kind of section; empty when the blueprint has none. */
  private static List<BlueprintProfile.Section> structured(
      SectionKind kind, String heading, BlueprintView b) {
    return switch (kind) {
      case RESPONSIBILITIES -> bullets(heading, "Responsibilities", b.responsibilities());
      case ACTIVITIES -> bullets(heading, "Day-to-day activities", b.activities());
      case DELIVERABLES -> bullets(heading, "Deliverables", b.deliverables());
      case GOALS -> bullets(heading, "Goals", b.goals());
      case TECHNICAL_SKILLS -> technicalSkills(heading, b);
      case SOFT_SKILLS -> softSkills(heading, b);
      case KPIS -> kpis(heading, b);
      case TOOLS -> tools(heading, b);
      case EXPERIENCE -> experience(heading, b);
      case CAREER_PATH -> careerPath(heading, b);
      case SCORECARD -> scorecard(heading, b);
      case HIRING, SUMMARY, OTHER -> List.of();
    };
  }

  private static List<BlueprintProfile.Section> bullets(
      String heading, String fallback, List<ItemGroupView> groups) {
    List<BlueprintProfile.Bullet> bullets = new ArrayList<>();
    groups.forEach(
        g -> g.items().forEach(i -> bullets.add(new BlueprintProfile.Bullet(g.group(), i))));
    return bullets.isEmpty()
        ? List.of()
        : List.of(new BlueprintProfile.Bullets(or(heading, fallback), bullets));
  }

  private static List<BlueprintProfile.Section> technicalSkills(String heading, BlueprintView b) {
    if (b.technicalSkills().isEmpty()) {
      return List.of();
    }
    List<BlueprintProfile.Card> cards =
        b.technicalSkills().stream()
            .sorted(java.util.Comparator.comparing(TechnicalSkillView::tier))
            .map(
                s ->
                    new BlueprintProfile.Card(
                        s.tier().label(),
                        s.name(),
                        s.importance() == null ? s.importanceText() : s.importance().label(),
                        s.importance() == null ? null : s.importance().name(),
                        List.of(
                            new BlueprintProfile.Line(null, s.description()),
                            new BlueprintProfile.Line("Typical use:", s.typicalUse()),
                            new BlueprintProfile.Line(
                                "As written:",
                                s.importance() == null
                                        || s.importance()
                                            .label()
                                            .equalsIgnoreCase(s.importanceText())
                                    ? null
                                    : s.importanceText()))))
            .toList();
    return List.of(new BlueprintProfile.Cards(or(heading, "Technical skills"), cards));
  }

  private static List<BlueprintProfile.Section> softSkills(String heading, BlueprintView b) {
    if (b.softSkills().isEmpty()) {
      return List.of();
    }
    return List.of(
        new BlueprintProfile.Cards(
            or(heading, "Soft skills"),
            b.softSkills().stream()
                .map(
                    s ->
                        new BlueprintProfile.Card(
                            null,
                            s.name(),
                            null,
                            null,
                            List.of(
                                new BlueprintProfile.Line("Why it matters:", s.whyItMatters()),
                                new BlueprintProfile.Line("How it shows up:", s.showsUpAs()),
                                new BlueprintProfile.Line(
                                    "Strong performance:", s.strongPerformance()))))
                .toList()));
  }

  private static List<BlueprintProfile.Section> kpis(String heading, BlueprintView b) {
    if (b.kpis().isEmpty()) {
      return List.of();
    }
    return List.of(
        new BlueprintProfile.Table(
            or(heading, "KPIs"),
            List.of("KPI and why it matters", "What it measures", "Target", "Frequency"),
            b.kpis().stream()
                .map(
                    k ->
                        new BlueprintProfile.Row(
                            k.name(), k.whyItMatters(), k.measures(), k.target(), k.frequency()))
                .toList()));
  }

  private static List<BlueprintProfile.Section> tools(String heading, BlueprintView b) {
    if (b.tools().isEmpty()) {
      return List.of();
    }
    return List.of(
        new BlueprintProfile.Table(
            or(heading, "Tools"),
            List.of("Tool", "Primary use", "Category", "Commonality"),
            b.tools().stream()
                .map(
                    t ->
                        new BlueprintProfile.Row(
                            t.tool(),
                            null,
                            t.use(),
                            t.category(),
                            t.commonality() == null
                                ? t.commonalityText()
                                : t.commonality().label()))
                .toList()));
  }

  private static List<BlueprintProfile.Section> experience(String heading, BlueprintView b) {
    List<BlueprintProfile.Bullet> bullets = new ArrayList<>();
    if (b.experience().text() != null) {
      bullets.add(new BlueprintProfile.Bullet("Experience", b.experience().text()));
    }
    b.education().forEach(e -> bullets.add(new BlueprintProfile.Bullet("Education", e)));
    b.certifications().forEach(c -> bullets.add(new BlueprintProfile.Bullet("Certifications", c)));
    return bullets.isEmpty()
        ? List.of()
        : List.of(
            new BlueprintProfile.Bullets(or(heading, "Experience and qualifications"), bullets));
  }

  private static List<BlueprintProfile.Section> careerPath(String heading, BlueprintView b) {
    List<BlueprintProfile.Card> cards = new ArrayList<>();
    Function<CareerRoleView, List<BlueprintProfile.Line>> note =
        r -> List.of(new BlueprintProfile.Line(null, r.note()));
    b.careerPath().feeder().forEach(r -> cards.add(careerCard("Feeder roles", r, note)));
    b.careerPath().next().forEach(r -> cards.add(careerCard("Next roles", r, note)));
    b.careerPath().adjacent().forEach(r -> cards.add(careerCard("Adjacent roles", r, note)));
    return cards.isEmpty()
        ? List.of()
        : List.of(new BlueprintProfile.Cards(or(heading, "Career path"), cards));
  }

  private static BlueprintProfile.Card careerCard(
      String group,
      CareerRoleView role,
      Function<CareerRoleView, List<BlueprintProfile.Line>> note) {
    return new BlueprintProfile.Card(
        group,
        role.title(),
        role.blueprintId() == null ? null : "In the library",
        null,
        note.apply(role));
  }

  private static List<BlueprintProfile.Section> scorecard(String heading, BlueprintView b) {
    if (b.scorecard().isEmpty()) {
      return List.of();
    }
    return List.of(
        new BlueprintProfile.Cards(
            or(heading, "Hiring scorecard"),
            b.scorecard().stream()
                .map(
                    d ->
                        new BlueprintProfile.Card(
                            null,
                            d.dimension(),
                            null,
                            null,
                            d.anchors().entrySet().stream()
                                .map(e -> new BlueprintProfile.Line(e.getKey() + ":", e.getValue()))
                                .toList()))
                .toList()));
  }

  static BlueprintWorkbook.Data workbook(BlueprintView b) {
    List<BlueprintWorkbook.Skill> skills = new ArrayList<>();
    b.technicalSkills()
        .forEach(
            s ->
                skills.add(
                    new BlueprintWorkbook.Skill(
                        s.tier().label(),
                        s.name(),
                        s.importance() == null ? null : s.importance().label(),
                        s.importanceText(),
                        s.description(),
                        s.typicalUse())));
    b.softSkills()
        .forEach(
            s ->
                skills.add(
                    new BlueprintWorkbook.Skill(
                        "Soft skill", s.name(), null, null, s.whyItMatters(), s.showsUpAs())));
    List<BlueprintWorkbook.Anchor> anchors = new ArrayList<>();
    for (BlueprintView.ScorecardView d : b.scorecard()) {
      if (d.anchors().isEmpty()) {
        anchors.add(new BlueprintWorkbook.Anchor(d.dimension(), null, null));
      }
      d.anchors()
          .forEach(
              (label, text) ->
                  anchors.add(new BlueprintWorkbook.Anchor(d.dimension(), label, text)));
    }
    List<BlueprintWorkbook.CareerRole> career = new ArrayList<>();
    Map<String, List<CareerRoleView>> path =
        Map.of(
            "Feeder", b.careerPath().feeder(),
            "Next", b.careerPath().next(),
            "Adjacent", b.careerPath().adjacent());
    for (String direction : List.of("Feeder", "Next", "Adjacent")) {
      path.get(direction)
          .forEach(
              r ->
                  career.add(
                      new BlueprintWorkbook.CareerRole(
                          direction, r.title(), r.note(), r.blueprintId() == null ? "No" : "Yes")));
    }
    return new BlueprintWorkbook.Data(
        skills,
        b.kpis().stream()
            .map(
                k ->
                    new BlueprintWorkbook.Kpi(
                        k.name(), k.measures(), k.whyItMatters(), k.target(), k.frequency()))
            .toList(),
        b.tools().stream()
            .map(
                t ->
                    new BlueprintWorkbook.Tool(
                        t.category(),
                        t.tool(),
                        t.use(),
                        t.commonality() == null ? null : t.commonality().label(),
                        t.commonalityText()))
            .toList(),
        anchors,
        career);
  }

  static BlueprintLibraryWorkbook.Row libraryRow(BlueprintRevision revision) {
    List<TechnicalSkill> skills = revision.technicalSkills();
    return new BlueprintLibraryWorkbook.Row(
        revision.title(),
        revision.family(),
        revision.level().map(Level::label).orElse(null),
        revision.track().label(),
        revision.status().label(),
        revision.number(),
        skills.size(),
        (int)
            skills.stream().filter(s -> s.importance().orElse(null) == Importance.CRITICAL).count(),
        revision.summary());
  }

  private static String facts(BlueprintView b) {
    return Stream.of(b.level() == null ? null : b.level().label(), b.family(), b.track().label())
        .filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(" · "));
  }

  private static String status(BlueprintView b) {
    return b.status().label() + " · revision " + b.revision();
  }

  /** A section's text without the rows of its tables ("a | b | c"), which print as structure. */
  private static String withoutTableRows(String text) {
    return text.lines()
        .filter(line -> !line.contains(" | "))
        .collect(Collectors.joining("\n"))
        .strip();
  }

  private static String or(String heading, String fallback) {
    return heading == null ? fallback : heading;
  }
}
