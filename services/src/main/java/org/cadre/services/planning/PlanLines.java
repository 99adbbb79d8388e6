package org.cadre.services.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.LineChange;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.TextRules;

/** Checks plan lines as callers send them, and words line changes for the history. */
final class PlanLines {

  private PlanLines() {}

  /** The blueprints by id. */
  static Map<Long, BlueprintName> byId(List<BlueprintName> names) {
    Map<Long, BlueprintName> byId = new HashMap<>();
    for (BlueprintName name : names) {
      byId.put(name.id(), name);
    }
    return byId;
  }

  /**
   * The lines as records, or every problem at once, each naming the line's field.
   *
   * @param published the blueprints plans may name, by id
   */
  static List<PlanLineRecord> check(
      List<PlanLineInput> inputs, Map<Long, BlueprintName> published) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    List<PlanLineRecord> lines = new ArrayList<>();
    List<PlanLineInput> given = inputs == null ? List.of() : inputs;
    for (int i = 0; i < given.size(); i++) {
      PlanLineInput input = given.get(i);
      String field = "lines[" + i + "].";
      if (input == null) {
        problems.add(problem("lines[" + i + "]", null, "a line cannot be empty"));
        continue;
      }
      int before = problems.size();
      BlueprintName blueprint =
          input.blueprintId() == null ? null : published.get(input.blueprintId());
      if (input.blueprintId() == null) {
        problems.add(problem(field + "blueprintId", null, "a line needs a blueprint"));
      } else if (blueprint == null) {
        problems.add(
            problem(
                field + "blueprintId",
                input.blueprintId(),
                "there is no published blueprint with this id"));
      }
      Level level = null;
      if (input.level() != null && !input.level().isBlank()) {
        level = level(input.level());
        if (level == null) {
          problems.add(problem(field + "level", input.level(), "there is no such level"));
        }
      } else if (blueprint != null) {
        level = blueprint.level();
      }
      PlanLineRecord.fteProblem(input.plannedFte())
          .ifPresent(
              reason -> problems.add(problem(field + "plannedFte", input.plannedFte(), reason)));
      PlanLineRecord.costProblem(input.costPerFte())
          .ifPresent(
              reason -> problems.add(problem(field + "costPerFte", input.costPerFte(), reason)));
      TextRules.problem(input.justification())
          .ifPresent(
              reason ->
                  problems.add(
                      problem(
                          field + "justification",
                          TextRules.visible(input.justification()),
                          reason)));
      if (input.justification() != null
          && input.justification().length() > PlanLineRecord.JUSTIFICATION_MAX) {
        problems.add(
            problem(
                field + "justification",
                input.justification().length() + " characters",
                "a justification takes at most "
                    + PlanLineRecord.JUSTIFICATION_MAX
                    + " characters"));
      }
      if (problems.size() > before) {
        continue;
      }
      PlanLineRecord line =
          new PlanLineRecord(
              input.blueprintId(),
              level,
              input.plannedFte(),
              input.costPerFte(),
              input.justification());
      if (lines.stream().anyMatch(line::sameSeat)) {
        problems.add(
            problem(
                field + "blueprintId",
                input.blueprintId(),
                "another line already plans "
                    + label(blueprint, level)
                    + "; a plan has one line per blueprint and level"));
        continue;
      }
      lines.add(line);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.size() == 1
              ? "A plan line is not valid: " + problems.get(0).reason() + "."
              : problems.size() + " problems in the plan lines; nothing was saved.",
          problems);
    }
    return lines;
  }

  /** "Platform Engineer (Senior): planned FTE 2 → 3; cost per FTE from the table → 95000.00". */
  static String describe(List<LineChange> changes, Map<Long, BlueprintName> names) {
    return changes.stream().map(c -> describe(c, names)).collect(Collectors.joining("; "));
  }

  private static String describe(LineChange change, Map<Long, BlueprintName> names) {
    PlanLineRecord line = change.either();
    String label = label(names.get(line.blueprintId()), line.level());
    if (change.before() == null) {
      return "added " + label + ": " + fte(line.plannedFte()) + " FTE" + cost(line);
    }
    if (change.after() == null) {
      return "removed " + label + " (was " + fte(line.plannedFte()) + " FTE)";
    }
    PlanLineRecord before = change.before();
    PlanLineRecord after = change.after();
    List<String> parts = new ArrayList<>();
    if (before.plannedFte().compareTo(after.plannedFte()) != 0) {
      parts.add("planned FTE " + fte(before.plannedFte()) + " → " + fte(after.plannedFte()));
    }
    if (!same(before.costPerFte(), after.costPerFte())) {
      parts.add("cost per FTE " + money(before.costPerFte()) + " → " + money(after.costPerFte()));
    }
    if (!java.util.Objects.equals(before.justification(), after.justification())) {
      parts.add(
          "justification \""
              + nullToEmpty(before.justification())
              + "\" → \""
              + nullToEmpty(after.justification())
              + "\"");
    }
    return label + ": " + String.join(", ", parts);
  }

  /** The title of a blueprint by id, or "#id" for one that is gone. */
  static String title(Map<Long, BlueprintName> names, long blueprintId) {
    BlueprintName name = names.get(blueprintId);
    return name == null ? "#" + blueprintId : name.title();
  }

  /** The blueprint's title, with the level when it is not the blueprint's own. */
  static String label(BlueprintName blueprint, Level level) {
    String title = blueprint == null ? "a blueprint" : blueprint.title();
    boolean own = blueprint != null && blueprint.level() == level;
    return level == null || own ? title : title + " (" + level.label() + ")";
  }

  static Level level(String text) {
    String wanted = text.strip();
    return Arrays.stream(Level.values())
        .filter(
            l ->
                l.name().equalsIgnoreCase(wanted)
                    || l.label().equalsIgnoreCase(wanted)
                    || l.name().replace('_', ' ').equalsIgnoreCase(wanted))
        .findFirst()
        .orElse(null);
  }

  static String fte(BigDecimal fte) {
    return fte.stripTrailingZeros().toPlainString();
  }

  private static String cost(PlanLineRecord line) {
    return line.costPerFte() == null ? "" : " at " + money(line.costPerFte()) + " per FTE";
  }

  private static String money(BigDecimal amount) {
    return amount == null ? "the cost table's rate" : String.format(Locale.ROOT, "%,.2f", amount);
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private static InvalidInputException.Problem problem(String field, Object value, String reason) {
    return new InvalidInputException.Problem(
        field, value == null ? null : String.valueOf(value), reason);
  }
}
