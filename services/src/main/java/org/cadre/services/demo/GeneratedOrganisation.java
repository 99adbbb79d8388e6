package org.cadre.services.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.EmployeeRecord;

/**
 * The demo organisation to write.
 *
 * @param units every unit, parents first, without managers
 * @param managers each unit's manager, by unit code
 * @param managerNumber the employee the demo manager user becomes
 */
record GeneratedOrganisation(
    List<OrgUnitRecord> units,
    Map<String, String> managers,
    List<EmployeeRecord> employees,
    List<Rating> ratings,
    String managerNumber) {

  /** An assessment of an employee known by number, before the employee has an id. */
  record Rating(
      String employeeNumber,
      long competencyId,
      int level,
      LocalDate assessedOn,
      AssessmentSource source) {

    /** The assessment to store, once employees have ids (by employee number). */
    AssessmentRecord record(Map<String, Long> employeeIds) {
      return new AssessmentRecord(
          employeeIds.get(employeeNumber), competencyId, level, assessedOn, source);
    }
  }

  List<OrgUnitRecord> managedUnits() {
    return units.stream()
        .map(
            u ->
                new OrgUnitRecord(
                    u.code(),
                    u.name(),
                    u.kind(),
                    u.parentCode(),
                    managers.get(u.code()),
                    u.costCentre()))
        .toList();
  }
}
