package org.cadre.services.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cadre.domain.access.Role;
import org.cadre.domain.competency.CompetencyRepository;
import org.cadre.domain.people.AssessmentKey;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;
import org.cadre.services.access.Caller;
import org.cadre.services.common.UseCase;
import org.cadre.services.imports.kinds.AssessmentMatrixImport;
import org.cadre.services.imports.kinds.EmployeeImport;
import org.cadre.services.imports.kinds.OrgUnitImport;

/**
 * The people data as workbooks laid out like the import templates, so that an export imports again
 * unchanged: employees one per row, assessments as a skills matrix.
 */
@ApplicationScoped
@UseCase
public class PeopleExports {

  private OrganisationService organisation;
  private EmployeeRepository employees;
  private AssessmentRepository assessments;
  private CompetencyRepository competencies;

  protected PeopleExports() {
    // for CDI
  }

  @Inject
  public PeopleExports(
      OrganisationService organisation,
      EmployeeRepository employees,
      AssessmentRepository assessments,
      CompetencyRepository competencies) {
    this.organisation = organisation;
    this.employees = employees;
    this.assessments = assessments;
    this.competencies = competencies;
  }

  /** The org units the caller may see, parents first. */
  public void orgUnits(Caller caller, OutputStream out) {
    List<Column> columns =
        List.of(
            Column.text(OrgUnitImport.CODE.header(), 18),
            Column.text(OrgUnitImport.NAME.header(), 30),
            Column.text(OrgUnitImport.KIND.header(), 12),
            Column.text(OrgUnitImport.PARENT.header(), 18),
            Column.text(OrgUnitImport.MANAGER.header(), 14),
            Column.text(OrgUnitImport.COST_CENTRE.header(), 14));
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      SheetWriter sheet = workbook.sheet("Org units", columns);
      for (OrgUnitView unit : organisation.units(caller)) {
        sheet.row(
            unit.code(),
            unit.name(),
            unit.kind(),
            unit.parentCode(),
            unit.managerNumber(),
            unit.costCentre());
      }
      workbook.write(out);
    }
  }

  /** The employees the caller may see; the annual cost column only for those who may see it. */
  public void employees(Caller caller, OutputStream out) {
    boolean cost = caller.hasAny(Role.HR, Role.LEADERSHIP, Role.ADMIN);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(EmployeeImport.NUMBER.header(), 16));
    columns.add(Column.text(EmployeeImport.GIVEN_NAME.header(), 18));
    columns.add(Column.text(EmployeeImport.FAMILY_NAME.header(), 18));
    columns.add(Column.text(EmployeeImport.EMAIL.header(), 30));
    columns.add(Column.text(EmployeeImport.UNIT.header(), 16));
    columns.add(Column.text(EmployeeImport.BLUEPRINT.header(), 30));
    columns.add(Column.text(EmployeeImport.LEVEL.header(), 14));
    columns.add(Column.decimal(EmployeeImport.FTE.header(), 8));
    columns.add(Column.date(EmployeeImport.HIRE_DATE.header(), 12));
    columns.add(Column.date(EmployeeImport.END_DATE.header(), 12));
    columns.add(Column.text(EmployeeImport.LOCATION.header(), 16));
    if (cost) {
      columns.add(Column.decimal(EmployeeImport.ANNUAL_COST.header(), 14));
    }
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      SheetWriter sheet = workbook.sheet("Employees", columns);
      for (EmployeeView e : organisation.everyone(caller)) {
        List<Object> row = new ArrayList<>();
        row.add(e.number());
        row.add(e.givenName());
        row.add(e.familyName());
        row.add(e.email());
        row.add(e.unitCode());
        row.add(e.blueprintTitle());
        row.add(e.level());
        row.add(e.fte());
        row.add(e.hireDate());
        row.add(e.endDate());
        row.add(e.location());
        if (cost) {
          row.add(e.annualCost());
        }
        sheet.row(row, Map.of());
      }
      workbook.write(out);
    }
  }

  /**
   * Every assessment of the employees the caller may see, as a skills matrix: one row per employee,
   * date and source, one column per competency assessed.
   */
  public void assessmentMatrix(Caller caller, OutputStream out) {
    Map<Long, String> numbers = new HashMap<>();
    Map<String, Long> idsByNumber = employees.idsByNumber();
    organisation
        .everyone(caller)
        .forEach(e -> numbers.put(idsByNumber.get(e.number()), e.number()));
    Map<Long, String> names = competencies.names();
    Map<RowKey, Map<Long, Integer>> rows = new TreeMap<>();
    TreeMap<String, Long> used = new TreeMap<>();
    for (Map.Entry<AssessmentKey, AssessmentRecord> entry : assessments.all().entrySet()) {
      AssessmentRecord a = entry.getValue();
      String number = numbers.get(a.employeeId());
      if (number == null) {
        continue;
      }
      rows.computeIfAbsent(
              new RowKey(number, a.assessedOn(), a.source()), k -> new LinkedHashMap<>())
          .put(a.competencyId(), a.level());
      used.put(names.get(a.competencyId()), a.competencyId());
    }
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(AssessmentMatrixImport.EMPLOYEE.header(), 16));
    columns.add(Column.date(AssessmentMatrixImport.DATE.header(), 12));
    columns.add(Column.text(AssessmentMatrixImport.SOURCE.header(), 12));
    used.keySet()
        .forEach(name -> columns.add(Column.integer(name, Math.max(10, name.length() + 2))));
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      SheetWriter sheet = workbook.sheet("Assessment matrix", columns);
      rows.forEach(
          (key, levels) -> {
            List<Object> row = new ArrayList<>();
            row.add(key.number());
            row.add(key.day());
            row.add(key.source().label());
            used.values().forEach(id -> row.add(levels.get(id)));
            sheet.row(row, Map.of());
          });
      workbook.write(out);
    }
  }

  private record RowKey(String number, LocalDate day, AssessmentSource source)
      implements Comparable<RowKey> {
    @Override
    public int compareTo(RowKey other) {
      int byNumber = number.compareTo(other.number);
      if (byNumber != 0) {
        return byNumber;
      }
      int byDay = day.compareTo(other.day);
      return byDay != 0 ? byDay : source.compareTo(other.source);
    }
  }
}
