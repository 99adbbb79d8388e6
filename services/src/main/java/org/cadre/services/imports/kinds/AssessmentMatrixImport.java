package org.cadre.services.imports.kinds;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.reports.imports.ImportTemplate;
import org.cadre.reports.imports.TemplateColumn;
import org.cadre.services.imports.ImportPlan;
import org.cadre.services.imports.ImportPlan.Change;
import org.cadre.services.imports.sheet.ColumnSpec;
import org.cadre.services.imports.sheet.ColumnSpec.Kind;
import org.cadre.services.imports.sheet.HeaderCell;
import org.cadre.services.imports.sheet.HeaderMatch;
import org.cadre.services.imports.sheet.SheetRow;

/**
 * Assessments in wide form, as HR keeps a skills matrix: one row per employee and day, one column
 * per competency holding the level. An empty cell assesses nothing; every other column must name a
 * competency of the catalogue.
 */
@ApplicationScoped
public class AssessmentMatrixImport implements ImportDefinition<RowAssessments> {

  public static final ColumnSpec EMPLOYEE = AssessmentRows.EMPLOYEE;
  public static final ColumnSpec DATE = AssessmentRows.DATE;
  public static final ColumnSpec SOURCE = AssessmentRows.SOURCE;

  private static final List<ColumnSpec> COLUMNS = List.of(EMPLOYEE, DATE, SOURCE);

  @Override
  public ImportKind kind() {
    return ImportKind.ASSESSMENT_MATRIX;
  }

  @Override
  public List<ColumnSpec> columns() {
    return COLUMNS;
  }

  @Override
  public Check<RowAssessments> check(ReferenceData data, HeaderMatch header) {
    AssessmentRows rows = new AssessmentRows(data);
    Map<ColumnSpec, Long> competencies = new LinkedHashMap<>();
    List<ImportProblem> headerProblems = new ArrayList<>();
    for (HeaderCell cell : header.unknownColumns()) {
      if (cell.name().isBlank()) {
        continue;
      }
      data.competency(cell.name())
          .ifPresentOrElse(
              id -> competencies.put(ColumnSpec.optional(cell.name(), Kind.INTEGER), id),
              () ->
                  headerProblems.add(
                      new ImportProblem(
                          header.rowNumber(),
                          cell.name(),
                          cell.index(),
                          cell.name(),
                          "the column names no competency in the catalogue: use names from the"
                              + " template's list, or remove the column")));
    }
    return new Check<>() {
      @Override
      public void checkHeader(ImportPlan<RowAssessments> plan) {
        headerProblems.forEach(plan::rejectFile);
        if (competencies.isEmpty() && headerProblems.isEmpty()) {
          plan.rejectFile(
              new ImportProblem(
                  header.rowNumber(),
                  null,
                  -1,
                  "",
                  "the header has no competency columns: add one column per competency, named as"
                      + " in the catalogue"));
        }
      }

      @Override
      public void row(SheetRow row, ImportPlan<RowAssessments> plan) {
        Long employee = rows.employee(row);
        LocalDate day = rows.date(row);
        AssessmentSource source = rows.source(row);
        List<AssessmentRecord> assessments = new ArrayList<>();
        competencies.forEach(
            (column, competency) -> {
              Integer level = row.integer(column);
              if (rows.levelAllowed(row, column, level) && employee != null && day != null) {
                AssessmentRecord assessment =
                    new AssessmentRecord(
                        employee,
                        competency,
                        level,
                        day,
                        source == null ? AssessmentSource.IMPORT : source);
                if (rows.firstOfKey(row, column, assessment.key(), column.header())) {
                  assessments.add(assessment);
                }
              }
            });
        if (row.hasProblems()) {
          plan.reject(row.number(), row.problems());
          return;
        }
        rows.plan(row, assessments, plan);
      }
    };
  }

  @Override
  public ImportTemplate template(ReferenceData data) {
    List<TemplateColumn> columns = new ArrayList<>();
    columns.add(
        TemplateColumn.required(EMPLOYEE.header(), "the number of a stored employee", "E10001"));
    columns.add(TemplateColumn.required(DATE.header(), "a date, YYYY-MM-DD", "2026-01-15"));
    columns.add(
        TemplateColumn.optional(
                SOURCE.header(),
                "Self, Manager, Import or Interview; empty means Import",
                "Manager")
            .withList(TemplateLists.SOURCES));
    for (String competency : data.competencyNames().values().stream().sorted().toList()) {
      columns.add(
          TemplateColumn.optional(
              competency, "a whole number from 0 to 5; empty: not assessed", ""));
    }
    return new ImportTemplate(
        "Assessment matrix",
        columns,
        TemplateLists.of(data),
        List.of(
            "One row per employee and date, one column per competency: every column after"
                + " Source must name a competency of the catalogue.",
            "Remove the columns you do not assess; an empty cell assesses nothing."));
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
