package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.competency.CompetencyKey;
import org.cadre.domain.competency.CompetencyRepository;
import org.cadre.domain.hiring.CandidateRepository;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportRunRepository;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.services.imports.kinds.ReferenceData;

/** Reads what an import checks its rows against, in one read transaction. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class ReferenceLoader {

  private OrgUnitRepository units;
  private EmployeeRepository employees;
  private AssessmentRepository assessments;
  private RoleBlueprintRepository blueprints;
  private CompetencyRepository competencies;
  private ImportRunRepository runs;
  private CandidateRepository candidates;

  protected ReferenceLoader() {
    // for CDI
  }

  @Inject
  public ReferenceLoader(
      OrgUnitRepository units,
      EmployeeRepository employees,
      AssessmentRepository assessments,
      RoleBlueprintRepository blueprints,
      CompetencyRepository competencies,
      ImportRunRepository runs,
      CandidateRepository candidates) {
    this.units = units;
    this.employees = employees;
    this.assessments = assessments;
    this.blueprints = blueprints;
    this.competencies = competencies;
    this.runs = runs;
    this.candidates = candidates;
  }

  /** The stamp of the data a check reads: it changes whenever any of it is written. */
  public String dataStamp() {
    return runs.dataStamp();
  }

  public ReferenceData load(ImportKind kind) {
    Map<String, OrgUnitRecord> unitRecords = new HashMap<>();
    for (OrgUnit unit : units.all()) {
      unitRecords.put(unit.code(), unit.record());
    }
    Map<String, EmployeeRecord> employeeRecords = new HashMap<>();
    if (kind == ImportKind.EMPLOYEES
        || kind == ImportKind.ORG_UNITS
        || kind == ImportKind.CANDIDATES) {
      for (Employee employee : employees.all()) {
        employeeRecords.put(employee.number(), employee.record());
      }
    }
    boolean assessing = kind == ImportKind.ASSESSMENTS || kind == ImportKind.ASSESSMENT_MATRIX;
    Map<Long, String> names = competencies.names();
    Map<String, Long> competencyIds = new HashMap<>();
    if (assessing) {
      competencies
          .wordings(names.keySet())
          .forEach(
              (id, wordings) ->
                  wordings.forEach(wording -> competencyIds.putIfAbsent(key(wording), id)));
      names.forEach((id, name) -> competencyIds.put(key(name), id));
    }
    return new ReferenceData(
        unitRecords,
        employeeRecords,
        assessing ? employees.idsByNumber() : Map.of(),
        blueprints.names(),
        competencyIds,
        names,
        assessing ? assessments.all() : Map.of(),
        kind == ImportKind.CANDIDATES ? candidates.current() : List.of());
  }

  private static String key(String wording) {
    try {
      return CompetencyKey.of(wording);
    } catch (IllegalArgumentException e) {
      return wording;
    }
  }
}
