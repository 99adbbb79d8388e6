package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeMove;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.people.WorkforceHistory;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;

/**
 * Moves between teams in the last nine months, so that the demo's headcount bridges show people
 * moving as well as coming and going: about one person in thirty, each from another team of their
 * department, the move told of as it would have been recorded when their unit changed.
 */
@ApplicationScoped
class DemoMoves implements DemoStep {

  static final long SEED = 20_251_001L;

  private EmployeeRepository employees;
  private OrgUnitRepository units;
  private WorkforceHistory history;
  private AuditTrail audit;

  protected DemoMoves() {
    // for CDI
  }

  @Inject
  DemoMoves(
      EmployeeRepository employees,
      OrgUnitRepository units,
      WorkforceHistory history,
      AuditTrail audit) {
    this.employees = employees;
    this.units = units;
    this.history = history;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "moves";
  }

  @Override
  public int order() {
    return 350;
  }

  @Override
  public void apply(Caller caller) {
    List<EmployeeMove> moves = moves(units.all(), employees.all(), LocalDate.now(ZoneOffset.UTC));
    history.recordMoves(moves, Instant.now());
    audit.record(
        caller, "demo.moves", "employee-move", "-", moves.size() + " moves between demo teams");
  }

  /** The moves for the day: the same every time for the same organisation and day. */
  static List<EmployeeMove> moves(List<OrgUnit> all, List<Employee> people, LocalDate today) {
    Map<String, List<String>> teamsByDepartment =
        all.stream()
            .filter(u -> u.kind() == OrgUnitKind.TEAM)
            .collect(
                Collectors.groupingBy(
                    OrgUnit::parentCode, Collectors.mapping(OrgUnit::code, Collectors.toList())));
    Map<String, String> departmentOf =
        all.stream()
            .filter(u -> u.kind() == OrgUnitKind.TEAM)
            .collect(Collectors.toMap(OrgUnit::code, OrgUnit::parentCode));
    Random random = new Random(SEED);
    List<EmployeeMove> moves = new ArrayList<>();
    for (Employee person :
        people.stream().sorted(Comparator.comparing(Employee::number)).toList()) {
      List<String> siblings =
          teamsByDepartment.getOrDefault(departmentOf.get(person.unitCode()), List.of()).stream()
              .filter(team -> !team.equals(person.unitCode()))
              .toList();
      LocalDate earliest = person.hireDate() == null ? null : person.hireDate().plusDays(30);
      boolean settled = earliest != null && earliest.isBefore(today.minusDays(270));
      boolean staying = person.endDate().map(end -> end.isAfter(today)).orElse(true);
      if (random.nextInt(30) == 0 && settled && staying && !siblings.isEmpty()) {
        moves.add(
            new EmployeeMove(
                person.number(),
                siblings.get(random.nextInt(siblings.size())),
                person.unitCode(),
                today.minusDays(1 + random.nextInt(270))));
      }
    }
    return moves;
  }
}
