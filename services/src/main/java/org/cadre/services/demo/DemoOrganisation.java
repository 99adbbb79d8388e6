package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintSearch;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.SoftSkill;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.demo.DemoBlueprints.DemoBlueprint;

/**
 * Writes the demo organisation ({@link OrganisationShape}, made by {@link OrganisationGenerator}):
 * four divisions, their departments and sixteen teams, some 450 people holding the demo blueprints
 * of their division's field, and their competency assessments. The demo {@value DemoUsers#MANAGER}
 * user becomes the head of the {@value #MANAGER_UNIT} department.
 */
@ApplicationScoped
class DemoOrganisation implements DemoStep {

  /** The department the demo manager user heads. */
  static final String MANAGER_UNIT = "ENG-PLAT";

  private OrgUnitRepository units;
  private EmployeeRepository employees;
  private AssessmentRepository assessments;
  private RoleBlueprintRepository blueprints;
  private UserAccountRepository accounts;
  private AuditTrail audit;

  protected DemoOrganisation() {
    // for CDI
  }

  @Inject
  DemoOrganisation(
      OrgUnitRepository units,
      EmployeeRepository employees,
      AssessmentRepository assessments,
      RoleBlueprintRepository blueprints,
      UserAccountRepository accounts,
      AuditTrail audit) {
    this.units = units;
    this.employees = employees;
    this.assessments = assessments;
    this.blueprints = blueprints;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "organisation";
  }

  @Override
  public int order() {
    return 300;
  }

  /** Units first without managers, then the people, then the units' managers and assessments. */
  @Override
  public void apply(Caller caller) {
    GeneratedOrganisation organisation =
        OrganisationGenerator.generate(
            OrganisationShape.read(), publishedRoles(), LocalDate.now(ZoneOffset.UTC));
    Instant now = Instant.now();
    units.insert(organisation.units(), now);
    employees.insert(organisation.employees(), now);
    units.update(organisation.managedUnits(), now);
    Map<String, Long> ids = employees.idsByNumber();
    assessments.insert(organisation.ratings().stream().map(r -> r.record(ids)).toList(), now);
    String manager = organisation.managerNumber();
    accounts
        .findByUsername(DemoUsers.MANAGER)
        .ifPresent(
            account -> {
              account.linkToEmployee(manager);
              audit.record(
                  caller,
                  "user.linked",
                  "user",
                  account.username(),
                  "employee " + manager + ", head of " + MANAGER_UNIT);
            });
  }

  /** The published blueprints of the demo library, with their costs. */
  private List<DemoRole> publishedRoles() {
    Map<String, DemoBlueprint> library =
        DemoBlueprints.library().stream()
            .collect(Collectors.toMap(DemoBlueprint::title, Function.identity()));
    List<DemoRole> roles = new ArrayList<>();
    BlueprintSearch search =
        new BlueprintSearch(null, null, true, BlueprintSearch.Sort.TITLE, false);
    Page<BlueprintRevision> page;
    int number = 0;
    do {
      page = blueprints.search(search, new PageRequest(number++, PageRequest.MAX_SIZE));
      for (BlueprintRevision revision : page.items()) {
        DemoBlueprint demo = library.get(revision.title());
        if (demo != null) {
          roles.add(role(revision, demo.annualCost()));
        }
      }
    } while (number < page.totalPages());
    return roles;
  }

  private static DemoRole role(BlueprintRevision revision, BigDecimal annualCost) {
    Set<Long> competencies = new LinkedHashSet<>();
    revision.technicalSkills().stream()
        .map(TechnicalSkill::competencyId)
        .filter(id -> id != null)
        .forEach(competencies::add);
    revision.softSkills().stream()
        .map(SoftSkill::competencyId)
        .filter(id -> id != null)
        .forEach(competencies::add);
    return new DemoRole(
        revision.blueprint().id(),
        revision.title(),
        revision.level().orElse(null),
        List.copyOf(competencies),
        annualCost);
  }
}
