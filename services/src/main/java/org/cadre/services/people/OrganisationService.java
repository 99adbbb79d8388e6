package org.cadre.services.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.competency.CompetencyRepository;
import org.cadre.domain.competency.StaleRule;
import org.cadre.domain.org.OrgUnit;
import org.cadre.domain.people.Assessment;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.Employee;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.people.EmployeeSearch;
import org.cadre.domain.people.Headcount;
import org.cadre.services.access.Caller;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.PageView;
import org.cadre.services.common.UseCase;
import org.cadre.services.competency.CompetencyData;

/**
 * The organisation as people see it: the unit tree with headcounts, the people list and a person
 * with their assessments. Blueprints are named and measured by their published revisions for
 * everyone but HR and administrators. A manager sees the units they manage and everything below
 * them; HR, leadership and administrators see everything.
 */
@ApplicationScoped
@UseCase
public class OrganisationService {

  private OrgScopes scopes;
  private EmployeeRepository employees;
  private AssessmentRepository assessments;
  private RoleBlueprintRepository blueprints;
  private CompetencyRepository competencies;
  private CompetencyData competencyData;

  protected OrganisationService() {
    // for CDI
  }

  @Inject
  public OrganisationService(
      OrgScopes scopes,
      EmployeeRepository employees,
      AssessmentRepository assessments,
      RoleBlueprintRepository blueprints,
      CompetencyRepository competencies,
      CompetencyData competencyData) {
    this.scopes = scopes;
    this.employees = employees;
    this.assessments = assessments;
    this.blueprints = blueprints;
    this.competencies = competencies;
    this.competencyData = competencyData;
  }

  /** The units the caller may see, each parent before its children, with headcounts. */
  public List<OrgUnitView> units(Caller caller) {
    OrgScope organisation = scopes.of(caller);
    Figures figures = figures(organisation);
    List<OrgUnitView> views = new ArrayList<>();
    for (String root : organisation.visibleRoots()) {
      addSubtree(organisation, figures, root, 0, views);
    }
    return views;
  }

  public OrgUnitView unit(Caller caller, String code) {
    OrgScope organisation = scopes.of(caller);
    organisation.require(code);
    return view(organisation, code, organisation.depth(code), figures(organisation));
  }

  /**
   * Employees by family name.
   *
   * @param unitCode a unit: its people and those of every unit below it; null for all visible
   */
  public PageView<EmployeeView> employees(
      Caller caller,
      String unitCode,
      Long blueprintId,
      String level,
      String text,
      int page,
      int size) {
    OrgScope organisation = scopes.of(caller);
    Set<String> scope;
    if (unitCode != null && !unitCode.isBlank()) {
      organisation.requireParameter("orgUnit", unitCode);
      scope = organisation.tree().subtree(unitCode);
    } else {
      scope = organisation.visible();
    }
    Level wanted = null;
    if (level != null && !level.isBlank()) {
      wanted =
          Level.parse(level)
              .orElseThrow(
                  () -> InvalidInputException.of("level", level, "there is no such level"));
    }
    var found =
        employees.search(
            new EmployeeSearch(scope, blueprintId, wanted, text), PageView.request(page, size));
    Map<Long, String> titles = blueprintTitles(caller);
    return PageView.of(found.map(e -> view(caller, e, organisation, titles)));
  }

  /** Every employee the caller may see, by employee number: what an export lists. */
  public List<EmployeeView> everyone(Caller caller) {
    OrgScope organisation = scopes.of(caller);
    Map<Long, String> titles = blueprintTitles(caller);
    return employees.all().stream()
        .filter(e -> organisation.isVisible(e.unitCode()))
        .map(e -> view(caller, e, organisation, titles))
        .toList();
  }

  public EmployeeView employee(Caller caller, String number) {
    OrgScope organisation = scopes.of(caller);
    Employee employee = visibleEmployee(caller, organisation, number);
    return view(caller, employee, organisation, blueprintTitles(caller));
  }

  /**
   * A person's competencies: every competency their blueprint (its published revision) requires and
   * every one they were assessed in, with the latest assessment, the level required now and the
   * level required when it was made; gaps first.
   */
  public List<AssessmentView> assessments(Caller caller, String number) {
    OrgScope organisation = scopes.of(caller);
    Employee employee = visibleEmployee(caller, organisation, number);
    Map<Long, Integer> required = new LinkedHashMap<>();
    employee
        .blueprintId()
        .map(id -> competencyData.profiles(List.of(id)).get(id))
        .ifPresent(p -> p.requirements().forEach(r -> required.put(r.competencyId(), r.level())));
    Map<Long, Assessment> latest = new LinkedHashMap<>();
    for (Assessment assessment : assessments.forEmployee(employee.id())) {
      latest.putIfAbsent(assessment.competencyId(), assessment);
    }
    Set<Long> ids = new LinkedHashSet<>(required.keySet());
    ids.addAll(latest.keySet());
    Map<Long, String> names = competencies.names();
    StaleRule stale = competencyData.staleRule();
    LocalDate today = competencyData.today();
    List<AssessmentView> views = new ArrayList<>();
    for (Long id : ids) {
      Assessment assessment = latest.get(id);
      Integer wanted = required.get(id);
      Integer level = assessment == null ? null : assessment.level();
      views.add(
          new AssessmentView(
              id,
              names.getOrDefault(id, "#" + id),
              level,
              assessment == null ? null : assessment.assessedOn(),
              assessment == null ? null : assessment.source().label(),
              wanted,
              wanted == null ? null : wanted - (level == null ? 0 : level),
              assessment == null ? null : assessment.requiredLevel().orElse(null),
              assessment != null && stale.isStale(assessment.assessedOn(), today)));
    }
    views.sort(
        Comparator.comparing((AssessmentView v) -> v.gap() == null ? Integer.MIN_VALUE : v.gap())
            .reversed()
            .thenComparing(AssessmentView::competency));
    return views;
  }

  private Employee visibleEmployee(Caller caller, OrgScope organisation, String number) {
    Employee employee =
        employees
            .find(number)
            .orElseThrow(() -> new NotFoundException("There is no employee " + number + "."));
    organisation.requireVisible(employee.unitCode());
    return employee;
  }

  private void addSubtree(
      OrgScope organisation, Figures figures, String code, int depth, List<OrgUnitView> views) {
    views.add(view(organisation, code, depth, figures));
    for (String child : organisation.tree().children(code)) {
      addSubtree(organisation, figures, child, depth + 1, views);
    }
  }

  /** Headcounts and managers' names: what the unit views show, and only they need. */
  private Figures figures(OrgScope organisation) {
    return new Figures(
        employees.headcountByUnit(LocalDate.now()),
        employees.namesByNumber(
            organisation.units().values().stream()
                .map(OrgUnit::managerNumber)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet())));
  }

  /**
   * Blueprint titles by id: of the latest revisions for HR and administrators, of the published
   * ones for others, who never see a draft.
   */
  private Map<Long, String> blueprintTitles(Caller caller) {
    Map<Long, String> titles = new HashMap<>();
    boolean seesDrafts = caller.hasAny(Role.HR, Role.ADMIN);
    for (BlueprintName name : seesDrafts ? blueprints.names() : blueprints.published()) {
      titles.put(name.id(), name.title());
    }
    return titles;
  }

  private EmployeeView view(
      Caller caller, Employee e, OrgScope organisation, Map<Long, String> titles) {
    boolean seesCost = caller.hasAny(Role.HR, Role.LEADERSHIP, Role.ADMIN);
    OrgUnit unit = organisation.unit(e.unitCode());
    return new EmployeeView(
        e.number(),
        e.givenName(),
        e.familyName(),
        e.email(),
        e.unitCode(),
        unit == null ? null : unit.name(),
        e.blueprintId().orElse(null),
        e.blueprintId().map(titles::get).orElse(null),
        e.level().map(Level::label).orElse(null),
        e.fte(),
        e.hireDate(),
        e.endDate().orElse(null),
        e.location(),
        seesCost ? e.annualCost().orElse(null) : null);
  }

  /** People in post per unit, and the names of the units' managers by employee number. */
  private record Figures(Map<String, Headcount> counts, Map<String, String> managerNames) {}

  private static OrgUnitView view(OrgScope organisation, String code, int depth, Figures figures) {
    OrgUnit unit = organisation.unit(code);
    Headcount own = figures.counts().getOrDefault(code, Headcount.NONE);
    Headcount total = Headcount.NONE;
    for (String member : organisation.tree().subtree(code)) {
      total = total.plus(figures.counts().getOrDefault(member, Headcount.NONE));
    }
    return new OrgUnitView(
        unit.code(),
        unit.name(),
        unit.kind().label(),
        unit.parentCode(),
        depth,
        unit.managerNumber(),
        Optional.ofNullable(unit.managerNumber()).map(figures.managerNames()::get).orElse(null),
        unit.costCentre(),
        own.people(),
        own.fte(),
        total.people(),
        total.fte(),
        !organisation.tree().children(code).isEmpty());
  }
}
