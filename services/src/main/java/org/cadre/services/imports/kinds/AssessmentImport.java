package org.cadre.services.imports.kinds;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.reports.imports.ImportTemplate;
import org.cadre.reports.imports.TemplateColumn;
import org.cadre.services.imports.ImportPlan;
import org.cadre.services.imports.ImportPlan.Change;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.ColumnSpec.Kind;
import org.cadre.services.imports.sheet.HeaderMatch;
import org.cadre.services.imports.sheet.SheetRow;

/**
 * Assessments in long form: one row per employee, competency and day. The competency is named as
 * the catalogue names it, or by one of its aliases.
 */
@ApplicationScoped
public class AssessmentImport implements ImportDefinition<RowAssessments> {

  public static final ColumnSpec EMPLOYEE = AssessmentRows.EMPLOYEE;
  public static final ColumnSpec COMPETENCY =
      ColumnSpec.required("Competency", Kind.TEXT, "Skill", "Competency name");
  public static final ColumnSpec LEVEL =
      ColumnSpec.required("Level", Kind.INTEGER, "Proficiency", "Rating", "Score");
  public static final ColumnSpec DATE = AssessmentRows.DATE;
  public static final ColumnSpec SOURCE = AssessmentRows.SOURCE;

  private static final List<ColumnSpec> COLUMNS =
      List.of(EMPLOYEE, COMPETENCY, LEVEL, DATE, SOURCE);

  @Override
  public ImportKind kind() {
    return ImportKind.ASSESSMENTS;
  }

  @Override
  public List<ColumnSpec> columns() {
    return COLUMNS;
  }

  @Override
  public Check<RowAssessments> check(ReferenceData data, HeaderMatch header) {
    AssessmentRows rows = new AssessmentRows(data);
    Map<String, Optional<Long>> competencies = new HashMap<>();
    return new Check<>() {
      @Override
      public void row(SheetRow row, ImportPlan<RowAssessments> plan) {
        Long employee = rows.employee(row);
        String competencyName = row.text(COMPETENCY);
        Long competency = null;
        if (competencyName != null) {
          competency = competencies.computeIfAbsent(competencyName, data::competency).orElse(null);
          if (competency == null) {
            row.reject(
                COMPETENCY,
                "no competency in the catalogue is called "
                    + Problems.quoted(competencyName)
                    + ": use a name from the template's list");
          }
        }
        Integer level = row.integer(LEVEL);
        rows.levelAllowed(row, LEVEL, level);
        LocalDate day = rows.date(row);
        AssessmentSource source = rows.source(row);
        if (employee != null && competency != null && day != null) {
          rows.firstOfKey(
              row, COMPETENCY, new AssessmentKey(employee, competency, day), competencyName);
        }
        if (row.hasProblems()) {
          plan.reject(row.number(), row.problems());
          return;
        }
        rows.plan(
            row, List.of(new AssessmentRecord(employee, competency, level, day, source)), plan);
      }
    };
  }

  @Override
  public ImportTemplate template(ReferenceData data) {
    return new ImportTemplate(
        "Assessments",
        List.of(
            TemplateColumn.required(EMPLOYEE.header(), "the number of a stored employee", "E10001"),
            TemplateColumn.required(
                    COMPETENCY.header(), "a competency of the catalogue, by name or alias", "")
                .withList(TemplateLists.COMPETENCIES),
            TemplateColumn.required(
                LEVEL.header(), "a whole number from 0 (none) to 5 (expert)", "3"),
            TemplateColumn.required(DATE.header(), "a date, YYYY-MM-DD", "2026-01-15"),
            TemplateColumn.optional(
                    SOURCE.header(),
                    "Self, Manager, Import or Interview; empty means Import",
                    "Manager")
                .withList(TemplateLists.SOURCES)),
        TemplateLists.of(data),
        List.of(
            "One row per employee, competency and date: a row for a stored assessment of the"
                + " same employee, competency and date updates it."));
  }

  @Override
  public void stage(
      long runId,
      int chunk,
      List<Change<RowAssessments>> changes,
      ImportStagingRepository staging) {
    AssessmentRows.stage(runId, chunk, changes, staging);
  }
}
