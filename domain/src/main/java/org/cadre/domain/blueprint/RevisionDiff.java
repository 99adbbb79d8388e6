package org.cadre.domain.blueprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What changed between two revisions of a blueprint: its facts, and the skills, KPIs, tools,
 * scorecard and career path, each entry added, removed or changed (with what changed in it).
 * Entries are matched by name, ignoring case.
 */
public final class RevisionDiff {

  /** The parts of a blueprint a diff reports on. */
  public enum Area {
    FACTS("Facts"),
    TECHNICAL_SKILLS("Technical skills"),
    SOFT_SKILLS("Soft skills"),
    KPIS("KPIs"),
    TOOLS("Tools"),
    SCORECARD("Scorecard"),
    CAREER_PATH("Career path");

    private final String label;

    Area(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How an entry changed. */
  public enum Kind {
    ADDED,
    REMOVED,
    CHANGED
  }

  /**
   * One change.
   *
   * @param subject the entry's name ("Kubernetes operations", "title")
   * @param detail for a changed entry, what changed ("importance Critical → Important")
   */
  public record Change(Area area, Kind kind, String subject, String detail) {}

  private final List<Change> changes = new ArrayList<>();

  private RevisionDiff() {}

  public static RevisionDiff between(BlueprintContent from, BlueprintContent to) {
    RevisionDiff diff = new RevisionDiff();
    diff.facts(from, to);
    diff.compare(
        Area.TECHNICAL_SKILLS,
        from.technicalSkills(),
        to.technicalSkills(),
        TechnicalSkill::name,
        (a, b) ->
            details(
                detail("tier", a.tier().label(), b.tier().label()),
                detail(
                    "importance",
                    a.importance().map(Importance::label).orElse(a.importanceText()),
                    b.importance().map(Importance::label).orElse(b.importanceText())),
                requiredLevel(a, b),
                detail("description", a.description(), b.description()),
                detail("typical use", a.typicalUse(), b.typicalUse())));
    diff.compare(
        Area.SOFT_SKILLS,
        from.softSkills(),
        to.softSkills(),
        SoftSkill::name,
        (a, b) ->
            details(
                detail("why it matters", a.whyItMatters(), b.whyItMatters()),
                detail("how it shows up", a.showsUpAs(), b.showsUpAs()),
                detail("strong performance", a.strongPerformance(), b.strongPerformance())));
    diff.compare(
        Area.KPIS,
        from.kpis(),
        to.kpis(),
        Kpi::name,
        (a, b) ->
            details(
                detail("measures", a.measures(), b.measures()),
                detail("why it matters", a.whyItMatters(), b.whyItMatters()),
                detail("target", a.target(), b.target()),
                detail("frequency", a.frequency(), b.frequency())));
    diff.compare(
        Area.TOOLS,
        from.tools(),
        to.tools(),
        Tool::tool,
        (a, b) ->
            details(
                detail("category", a.category(), b.category()),
                detail("use", a.use(), b.use()),
                detail(
                    "commonality",
                    a.commonality().map(Commonality::label).orElse(a.commonalityText()),
                    b.commonality().map(Commonality::label).orElse(b.commonalityText()))));
    diff.compare(
        Area.SCORECARD,
        from.scorecard(),
        to.scorecard(),
        ScorecardDimension::dimension,
        (a, b) -> anchorDetails(a.anchors(), b.anchors()));
    diff.compare(
        Area.CAREER_PATH,
        from.careerPath(),
        to.careerPath(),
        s -> s.direction().label() + ": " + s.title(),
        (a, b) -> details(detail("note", a.note(), b.note())));
    return diff;
  }

  public List<Change> changes() {
    return List.copyOf(changes);
  }

  public List<Change> in(Area area) {
    return changes.stream().filter(c -> c.area() == area).toList();
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  private void facts(BlueprintContent from, BlueprintContent to) {
    fact("title", from.title(), to.title());
    fact("family", from.family(), to.family());
    fact(
        "level",
        Optional.ofNullable(from.level()).map(Level::label).orElse(null),
        Optional.ofNullable(to.level()).map(Level::label).orElse(null));
    fact("track", from.track().label(), to.track().label());
    fact("summary", from.summary(), to.summary());
    fact("experience", from.experience().text(), to.experience().text());
  }

  private void fact(String name, String from, String to) {
    String detail = detail(name, from, to);
    if (detail != null) {
      changes.add(new Change(Area.FACTS, Kind.CHANGED, name, detail));
    }
  }

  private <T> void compare(
      Area area,
      List<T> from,
      List<T> to,
      Function<T, String> name,
      java.util.function.BiFunction<T, T, String> changed) {
    Map<String, T> before = byName(from, name);
    Map<String, T> after = byName(to, name);
    before.forEach(
        (key, old) -> {
          T now = after.get(key);
          if (now == null) {
            changes.add(new Change(area, Kind.REMOVED, name.apply(old), null));
          } else {
            String detail = changed.apply(old, now);
            if (detail != null) {
              changes.add(new Change(area, Kind.CHANGED, name.apply(now), detail));
            }
          }
        });
    after.forEach(
        (key, added) -> {
          if (!before.containsKey(key)) {
            changes.add(new Change(area, Kind.ADDED, name.apply(added), null));
          }
        });
  }

  private static <T> Map<String, T> byName(List<T> entries, Function<T, String> name) {
    Map<String, T> byName = new LinkedHashMap<>();
    for (T entry : entries) {
      byName.putIfAbsent(name.apply(entry).toLowerCase(Locale.ROOT), entry);
    }
    return byName;
  }

  private static String anchorDetails(Map<String, String> from, Map<String, String> to) {
    List<String> details = new ArrayList<>();
    for (String label : from.keySet()) {
      if (!to.containsKey(label)) {
        details.add("anchor \"" + label + "\" removed");
      } else if (!Objects.equals(from.get(label), to.get(label))) {
        details.add("anchor \"" + label + "\" reworded");
      }
    }
    for (String label : to.keySet()) {
      if (!from.containsKey(label)) {
        details.add("anchor \"" + label + "\" added");
      }
    }
    return details.isEmpty() ? null : String.join("; ", details);
  }

  /** "importance Critical → Important", or null when nothing changed; long text is not quoted. */
  private static String detail(String what, String from, String to) {
    if (Objects.equals(from, to)) {
      return null;
    }
    if (isShort(from) && isShort(to)) {
      return what + " " + (from == null ? "none" : from) + " → " + (to == null ? "none" : to);
    }
    return what + " reworded";
  }

  private static boolean isShort(String text) {
    return text == null || text.length() <= 40;
  }

  /**
   * A change of the required level that HR set on either side; a level that follows the importance
   * changes with it, and the importance's change says so already.
   */
  private static String requiredLevel(TechnicalSkill from, TechnicalSkill to) {
    if (!from.isLevelSet() && !to.isLevelSet()) {
      return null;
    }
    return detail(
        "required level",
        Integer.toString(from.requiredLevel()),
        Integer.toString(to.requiredLevel()));
  }

  private static String details(String... details) {
    List<String> present = new ArrayList<>();
    for (String detail : details) {
      if (detail != null) {
        present.add(detail);
      }
    }
    return present.isEmpty() ? null : String.join("; ", present);
  }
}
