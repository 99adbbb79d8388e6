package org.cadre.services.imports.kinds;

import static org.cadre.services.imports.kinds.Problems.quoted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.imports.Staged;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.services.imports.ImportPlan;
import org.cadre.services.imports.ImportPlan.Action;
import org.cadre.services.imports.ImportPlan.Change;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.ColumnSpec.Kind;
import org.cadre.services.imports.sheet.SheetRow;

/**
 * What the long and the wide assessment files share: the employee, date and source columns, and how
 * an assessment is planned against the stored ones.
 */
final class AssessmentRows {

  static final ColumnSpec EMPLOYEE =
      ColumnSpec.required("Employee number", Kind.TEXT, "Employee no", "Employee ID", "Employee");
  static final ColumnSpec DATE =
      ColumnSpec.required("Assessed on", Kind.DATE, "Date", "Assessment date");
  static final ColumnSpec SOURCE = ColumnSpec.optional("Source", Kind.TEXT, "Assessed by");

  /** The sources by label and by name, in lower case: looked up for every row of a file. */
  private static final Map<String, AssessmentSource> SOURCES = sourcesByWord();

  private final ReferenceData data;
  private final Map<AssessmentKey, Integer> rowsByKey = new HashMap<>();

  AssessmentRows(ReferenceData data) {
    this.data = data;
  }

  static Optional<AssessmentSource> sourceOf(String text) {
    return Optional.ofNullable(SOURCES.get(text.strip().toLowerCase(Locale.ROOT)));
  }

  private static Map<String, AssessmentSource> sourcesByWord() {
    Map<String, AssessmentSource> sources = new HashMap<>();
    for (AssessmentSource source : AssessmentSource.values()) {
      sources.put(source.label().toLowerCase(Locale.ROOT), source);
      sources.put(source.name().toLowerCase(Locale.ROOT), source);
    }
    return Map.copyOf(sources);
  }

  /** The employee's id, or null with the problem recorded. */
  Long employee(SheetRow row) {
    String number = row.text(EMPLOYEE);
    if (number == null) {
      return null;
    }
    Long id = data.employeeIds().get(number);
    if (id == null) {
      row.reject(EMPLOYEE, "no employee has the number " + number + ": import employees first");
    }
    return id;
  }

  /** The source, Import when empty, or null with the problem recorded. */
  AssessmentSource source(SheetRow row) {
    String text = row.text(SOURCE);
    if (text == null) {
      return AssessmentSource.IMPORT;
    }
    return sourceOf(text)
        .orElseGet(
            () -> {
              row.reject(
                  SOURCE,
                  quoted(text)
                      + " is not a source: use one of "
                      + Arrays.stream(AssessmentSource.values())
                          .map(AssessmentSource::label)
                          .collect(Collectors.joining(", ")));
              return null;
            });
  }

  LocalDate date(SheetRow row) {
    return row.date(DATE);
  }

  /** Checks a level read from a column, recording why it is not allowed. */
  boolean levelAllowed(SheetRow row, ColumnSpec column, Integer level) {
    if (level == null) {
      return false;
    }
    Optional<String> problem = AssessmentRecord.levelProblem(level);
    problem.ifPresent(reason -> row.reject(column, reason));
    return problem.isEmpty();
  }

  /**
   * Whether an assessment is the first of its key in the file; a second one is a problem of the
   * given column.
   */
  boolean firstOfKey(SheetRow row, ColumnSpec column, AssessmentKey key, String competency) {
    Integer earlier = rowsByKey.putIfAbsent(key, row.number());
    if (earlier != null) {
      row.reject(
          column,
          "this employee's "
              + competency
              + " on "
              + key.assessedOn()
              + " is assessed on row "
              + earlier
              + " already");
      return false;
    }
    return true;
  }

  /**
   * Plans a row's assessments: it creates when all are new, is unchanged when all are stored as
   * they are, and updates otherwise.
   */
  void plan(SheetRow row, List<AssessmentRecord> assessments, ImportPlan<RowAssessments> plan) {
    List<AssessmentRecord> created = new ArrayList<>();
    List<AssessmentRecord> updated = new ArrayList<>();
    for (AssessmentRecord assessment : assessments) {
      AssessmentRecord stored = data.assessments().get(assessment.key());
      if (stored == null) {
        created.add(assessment);
      } else if (!stored.equals(assessment)) {
        updated.add(assessment);
      }
    }
    Action action =
        created.size() == assessments.size() && !created.isEmpty()
            ? Action.CREATE
            : created.isEmpty() && updated.isEmpty() ? Action.UNCHANGED : Action.UPDATE;
    plan.plan(row.number(), action, new RowAssessments(created, updated));
  }

  /** Stages the assessments a row creates and those it changes, each as what it does. */
  static void stage(
      long runId,
      int chunk,
      List<Change<RowAssessments>> changes,
      ImportStagingRepository staging) {
    List<Staged<AssessmentRecord>> staged = new ArrayList<>();
    for (Change<RowAssessments> change : changes) {
      change.record().created().forEach(a -> staged.add(new Staged<>(a, true)));
      change.record().updated().forEach(a -> staged.add(new Staged<>(a, false)));
    }
    staging.stageAssessments(runId, chunk, staged);
  }
}
