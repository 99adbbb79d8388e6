package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintSearch;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.SoftSkill;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;

/**
 * The demo organisation: four divisions, their departments and sixteen teams, some 450 people
 * holding the demo blueprints, and their competency assessments. Everything comes from a fixed
 * random seed, so that the same day always gives the same organisation; dates are relative to the
 * day it is loaded, so the demo looks current. The demo {@value DemoUsers#MANAGER} user becomes the
 * head of the {@value #MANAGER_UNIT} department.
 */
@ApplicationScoped
class DemoOrganisation implements DemoStep {

  static final long SEED = 20_250_611L;

  /** The department the demo manager user heads. */
  static final String MANAGER_UNIT = "ENG-PLAT";

  static final String EMAIL_DOMAIN = "cadre-demo.example";

  private record Team(String code, String name, String city, int size) {}

  /**
   * @param family the blueprint family its people hold, or null when no demo blueprint fits
   */
  private record Department(
      String code, String name, String family, String costCentre, List<Team> teams) {}

  private record Division(
      String code, String name, String costCentre, List<Department> departments) {}

  private static final List<Division> DIVISIONS =
      List.of(
          new Division(
              "ENG",
              "Engineering",
              "CC-1000",
              List.of(
                  new Department(
                      "ENG-PLAT",
                      "Platform",
                      "Engineering",
                      "CC-1100",
                      List.of(
                          new Team("ENG-PLAT-SRE", "Site Reliability", "London", 30),
                          new Team("ENG-PLAT-INFRA", "Cloud Infrastructure", "Amsterdam", 28),
                          new Team("ENG-PLAT-DEVEX", "Developer Experience", "Berlin", 24),
                          new Team("ENG-PLAT-SEC", "Platform Security", "London", 22))),
                  new Department(
                      "ENG-PROD",
                      "Product Engineering",
                      "Engineering",
                      "CC-1200",
                      List.of(
                          new Team("ENG-PROD-WEB", "Web", "Lisbon", 36),
                          new Team("ENG-PROD-MOB", "Mobile", "Berlin", 30),
                          new Team("ENG-PROD-API", "Core APIs", "Amsterdam", 34))),
                  new Department(
                      "ENG-DATA",
                      "Data",
                      "Data",
                      "CC-1300",
                      List.of(
                          new Team("ENG-DATA-PLAT", "Data Platform", "Dublin", 30),
                          new Team("ENG-DATA-SCI", "Data Science", "London", 22))))),
          new Division(
              "PRD",
              "Product & Design",
              "CC-2000",
              List.of(
                  new Department(
                      "PRD-PM",
                      "Product Management",
                      "Product",
                      "CC-2100",
                      List.of(
                          new Team("PRD-PM-CORE", "Core Product", "London", 28),
                          new Team("PRD-PM-GROW", "Growth", "Amsterdam", 24))),
                  new Department(
                      "PRD-DES",
                      "Design",
                      "Product",
                      "CC-2200",
                      List.of(new Team("PRD-DES-UX", "User Experience", "Lisbon", 26))))),
          new Division(
              "OPS",
              "Operations",
              "CC-3000",
              List.of(
                  new Department(
                      "OPS-CX",
                      "Customer Operations",
                      null,
                      "CC-3100",
                      List.of(
                          new Team("OPS-CX-SUP", "Customer Support", "Warsaw", 44),
                          new Team("OPS-CX-FLD", "Field Service", "Dublin", 30))))),
          new Division(
              "PNF",
              "People & Finance",
              "CC-4000",
              List.of(
                  new Department(
                      "PNF-PPL",
                      "People",
                      null,
                      "CC-4100",
                      List.of(new Team("PNF-PPL-TAL", "Talent", "London", 20))),
                  new Department(
                      "PNF-FIN",
                      "Finance",
                      null,
                      "CC-4200",
                      List.of(new Team("PNF-FIN-FPA", "Planning & Analysis", "Amsterdam", 22))))));

  private static final List<String> CITIES =
      List.of("London", "Amsterdam", "Berlin", "Lisbon", "Dublin", "Warsaw");

  private static final List<String> GIVEN_NAMES =
      names(
          """
          Aisha, Amara, Ana, Andrei, Anika, Ben, Carlos, Chen, Chloé, Daniel, Dara, Elena, Emeka,
          Emma, Farah, Felix, Fatima, Grace, Hana, Hiroshi, Ibrahim, Ines, Isabel, James, Jana, João,
          Kai, Kavya, Kwame, Lars, Layla, Leila, Liam, Lucía, Maja, Marco, Mateus, Mei, Mohammed,
          Nadia, Niamh, Nikolai, Noah, Olivia, Omar, Oskar, Priya, Rafael, Ravi, Rosa, Sam, Sara,
          Siobhán, Sofia, Tariq, Thomas, Tomasz, Wei, Yara, Yusuf, Zanele, Zoë
          """);

  private static final List<String> FAMILY_NAMES =
      names(
          """
          Abebe, Adeyemi, Ahmed, Andersen, Bakker, Banerjee, Becker, Byrne, Costa, Da Silva, de Vries,
          Dubois, Eriksson, Fernández, Fischer, Garcia, Gonzalez, Haddad, Hansen, Hoffmann, Ibrahim,
          Jansen, Kaur, Kim, Kowalski, Kumar, Li, Lopes, Mensah, Moreau, Murphy, Nakamura, Nguyen,
          Nowak, O'Brien, Okafor, Olsen, Patel, Pereira, Petrov, Rahman, Rossi, Santos, Schmidt,
          Sharma, Silva, Singh, Smith, Tanaka, Visser, Walsh, Wang, Williams, Wiśniewski, Yilmaz,
          Zhang
          """);

  /** Names separated by commas, across lines. */
  private static List<String> names(String text) {
    return Arrays.stream(text.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
  }

  /** A full-time year of each level, employer's costs included, before a spread of ±8%. */
  static final Map<Level, Integer> ANNUAL_COST = new EnumMap<>(Level.class);

  static {
    ANNUAL_COST.put(Level.JUNIOR, 52_000);
    ANNUAL_COST.put(Level.ASSOCIATE, 60_000);
    ANNUAL_COST.put(Level.MID, 72_000);
    ANNUAL_COST.put(Level.SENIOR, 90_000);
    ANNUAL_COST.put(Level.LEAD, 105_000);
    ANNUAL_COST.put(Level.STAFF, 120_000);
    ANNUAL_COST.put(Level.PRINCIPAL, 140_000);
    ANNUAL_COST.put(Level.DISTINGUISHED, 165_000);
    ANNUAL_COST.put(Level.MANAGER, 115_000);
    ANNUAL_COST.put(Level.SENIOR_MANAGER, 130_000);
    ANNUAL_COST.put(Level.DIRECTOR, 155_000);
    ANNUAL_COST.put(Level.HEAD, 170_000);
    ANNUAL_COST.put(Level.VP, 200_000);
    ANNUAL_COST.put(Level.CHIEF, 250_000);
  }

  /** A published demo blueprint, as far as the demo organisation needs it. */
  record Role(
      long id, String title, String family, Level level, Track track, List<Long> competencies) {

    boolean manages() {
      return track == Track.MANAGEMENT;
    }

    int rank() {
      return level == null ? 0 : level.rank();
    }
  }

  /** An assessment of an employee known by number, before the employee has an id. */
  record Rating(
      String employeeNumber,
      long competencyId,
      int level,
      LocalDate assessedOn,
      AssessmentSource source) {}

  /**
   * The demo organisation to write.
   *
   * @param units every unit, parents first, without managers
   * @param managers each unit's manager, by unit code
   * @param managerNumber the employee the demo manager user becomes
   */
  record Plan(
      List<OrgUnitRecord> units,
      Map<String, String> managers,
      List<EmployeeRecord> employees,
      List<Rating> ratings,
      String managerNumber) {

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

  /** Units first without managers, then the people, then the units' managers and assessments. */
  @Override
  public void apply(Caller caller) {
    List<Role> roles = publishedRoles();
    if (roles.isEmpty()) {
      throw new IllegalStateException("the demo organisation needs the demo blueprints first");
    }
    Plan plan = plan(roles, LocalDate.now(ZoneOffset.UTC));
    Instant now = Instant.now();
    units.insert(plan.units(), now);
    employees.insert(plan.employees(), now);
    units.update(plan.managedUnits(), now);
    Map<String, Long> ids = employees.idsByNumber();
    assessments.insert(
        plan.ratings().stream()
            .map(
                r ->
                    new AssessmentRecord(
                        ids.get(r.employeeNumber()),
                        r.competencyId(),
                        r.level(),
                        r.assessedOn(),
                        r.source()))
            .toList(),
        now);
    accounts
        .findByUsername(DemoUsers.MANAGER)
        .ifPresent(
            account -> {
              account.linkToEmployee(plan.managerNumber());
              audit.record(
                  caller,
                  "user.linked",
                  "user",
                  account.username(),
                  "employee " + plan.managerNumber() + ", head of " + MANAGER_UNIT);
            });
  }

  private List<Role> publishedRoles() {
    List<Role> roles = new ArrayList<>();
    BlueprintSearch search =
        new BlueprintSearch(null, null, true, BlueprintSearch.Sort.TITLE, false);
    Page<BlueprintRevision> page;
    int number = 0;
    do {
      page = blueprints.search(search, new PageRequest(number++, PageRequest.MAX_SIZE));
      page.items().forEach(revision -> roles.add(role(revision)));
    } while (number < page.totalPages());
    return roles;
  }

  private static Role role(BlueprintRevision revision) {
    Set<Long> competencies = new LinkedHashSet<>();
    revision.technicalSkills().stream()
        .map(TechnicalSkill::competencyId)
        .filter(id -> id != null)
        .forEach(competencies::add);
    revision.softSkills().stream()
        .map(SoftSkill::competencyId)
        .filter(id -> id != null)
        .forEach(competencies::add);
    return new Role(
        revision.blueprint().id(),
        revision.title(),
        revision.family(),
        revision.level().orElse(null),
        revision.track(),
        List.copyOf(competencies));
  }

  /** The organisation for the day, the same every time for the same roles and day. */
  static Plan plan(List<Role> roles, LocalDate today) {
    return new Planner(roles, today).plan();
  }

  /** Builds one plan; holds the random numbers and what has been handed out so far. */
  private static final class Planner {

    private final Random random = new Random(SEED);
    private final List<Role> roles;
    private final LocalDate today;
    private final List<OrgUnitRecord> unitRecords = new ArrayList<>();
    private final Map<String, String> managers = new LinkedHashMap<>();
    private final List<EmployeeRecord> people = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();
    private final List<Long> allCompetencies;
    private int roundRobin;

    Planner(List<Role> roles, LocalDate today) {
      this.roles =
          roles.stream().sorted(Comparator.comparing(Role::title).thenComparing(Role::id)).toList();
      this.today = today;
      this.allCompetencies =
          roles.stream().flatMap(r -> r.competencies().stream()).distinct().sorted().toList();
    }

    Plan plan() {
      for (Division division : DIVISIONS) {
        unitRecords.add(
            new OrgUnitRecord(
                division.code(),
                division.name(),
                OrgUnitKind.DIVISION,
                null,
                null,
                division.costCentre()));
        for (Department department : division.departments()) {
          unitRecords.add(
              new OrgUnitRecord(
                  department.code(),
                  department.name(),
                  OrgUnitKind.DEPARTMENT,
                  division.code(),
                  null,
                  department.costCentre()));
          for (Team team : department.teams()) {
            unitRecords.add(
                new OrgUnitRecord(
                    team.code(),
                    team.name(),
                    OrgUnitKind.TEAM,
                    department.code(),
                    null,
                    department.costCentre()));
            staff(division, department, team);
          }
        }
      }
      return new Plan(
          List.copyOf(unitRecords),
          Map.copyOf(managers),
          List.copyOf(people),
          List.copyOf(ratings),
          managers.get(MANAGER_UNIT));
    }

    /** The team's people; heads of its division and department sit in their first team. */
    private void staff(Division division, Department department, Team team) {
      int places = team.size();
      if (!managers.containsKey(division.code())) {
        managers.put(division.code(), hire(department, team, Seniority.DIVISION_HEAD));
        places--;
      }
      if (!managers.containsKey(department.code())) {
        managers.put(department.code(), hire(department, team, Seniority.DEPARTMENT_HEAD));
        places--;
      }
      managers.put(team.code(), hire(department, team, Seniority.TEAM_LEAD));
      places--;
      for (int i = 0; i < places; i++) {
        hire(department, team, Seniority.MEMBER);
      }
    }

    private String hire(Department department, Team team, Seniority seniority) {
      String number = String.format(Locale.ROOT, "E%05d", people.size() + 1);
      String given = pick(GIVEN_NAMES);
      String family = pick(FAMILY_NAMES);
      Role role = role(department.family(), seniority);
      LocalDate hired =
          today.minusDays(seniority.minTenureDays() + random.nextInt(seniority.tenureSpreadDays()));
      LocalDate left = seniority == Seniority.MEMBER ? leavingDate(hired) : null;
      BigDecimal fte = fte(seniority);
      people.add(
          new EmployeeRecord(
              number,
              given,
              family,
              email(given, family),
              team.code(),
              role.id(),
              role.level(),
              fte,
              hired,
              left,
              random.nextInt(4) == 0 ? pick(CITIES) : team.city(),
              annualCost(role.level(), fte)));
      rate(number, role, hired, left);
      return number;
    }

    /** About 3% left during the last year; about 1% are leaving within two months. */
    private LocalDate leavingDate(LocalDate hired) {
      int draw = random.nextInt(100);
      if (draw < 3 && hired.isBefore(today.minusDays(400))) {
        return today.minusDays(10 + random.nextInt(350));
      }
      if (draw == 3) {
        return today.plusDays(14 + random.nextInt(46));
      }
      return null;
    }

    private BigDecimal fte(Seniority seniority) {
      int draw = random.nextInt(100);
      if (draw < 85) {
        return EmployeeRecord.FULL_TIME;
      }
      if (draw < 93 || seniority != Seniority.MEMBER) {
        return new BigDecimal("0.8");
      }
      return draw < 97 ? new BigDecimal("0.6") : new BigDecimal("0.5");
    }

    private BigDecimal annualCost(Level level, BigDecimal fte) {
      int fullTime = ANNUAL_COST.getOrDefault(level == null ? Level.MID : level, 72_000);
      double spread = 0.92 + random.nextDouble() * 0.16;
      return BigDecimal.valueOf(Math.round(fullTime * spread * fte.doubleValue()));
    }

    /**
     * A blueprint of the department's family: managers hold its management blueprints (the more
     * senior, the higher the level), others its individual contributor ones. When the family has
     * none, the blueprints of that track take turns.
     */
    private Role role(String family, Seniority seniority) {
      boolean manages = seniority != Seniority.MEMBER;
      List<Role> track = roles.stream().filter(r -> r.manages() == manages).toList();
      if (track.isEmpty()) {
        track = roles;
      }
      List<Role> fitting =
          track.stream()
              .filter(r -> family != null && family.equals(r.family()))
              .sorted(Comparator.comparingInt(Role::rank))
              .toList();
      if (fitting.isEmpty()) {
        return track.get(roundRobin++ % track.size());
      }
      return switch (seniority) {
        case MEMBER -> fitting.get(random.nextInt(fitting.size()));
        case TEAM_LEAD -> fitting.get(0);
        case DEPARTMENT_HEAD -> fitting.get(fitting.size() / 2);
        case DIVISION_HEAD -> fitting.get(fitting.size() - 1);
      };
    }

    /** Three to six of the blueprint's competencies, each assessed once in the last year. */
    private void rate(String number, Role role, LocalDate hired, LocalDate left) {
      List<Long> competencies =
          new ArrayList<>(role.competencies().isEmpty() ? allCompetencies : role.competencies());
      Collections.shuffle(competencies, random);
      LocalDate from = hired.isAfter(today.minusDays(364)) ? hired : today.minusDays(364);
      LocalDate to = left != null && left.isBefore(today) ? left : today;
      if (from.isAfter(to)) {
        return;
      }
      int span = (int) ChronoUnit.DAYS.between(from, to) + 1;
      int count = Math.min(competencies.size(), 3 + random.nextInt(4));
      int expected =
          role.rank() >= Level.STAFF.rank() ? 4 : role.rank() >= Level.SENIOR.rank() ? 3 : 2;
      for (Long competency : competencies.subList(0, count)) {
        int level = Math.max(1, Math.min(5, expected + random.nextInt(3) - 1));
        ratings.add(
            new Rating(
                number,
                competency,
                level,
                from.plusDays(random.nextInt(span)),
                random.nextInt(10) < 6 ? AssessmentSource.MANAGER : AssessmentSource.SELF));
      }
    }

    /** given.family@domain in lower-case ASCII, numbered when two people share a name. */
    private String email(String given, String family) {
      String base = ascii(given) + "." + ascii(family);
      String local = base;
      for (int n = 2; !emails.add(local); n++) {
        local = base + n;
      }
      return local + "@" + EMAIL_DOMAIN;
    }

    private static String ascii(String name) {
      return Normalizer.normalize(name, Normalizer.Form.NFKD)
          .replace("ł", "l")
          .replaceAll("\\p{M}", "")
          .toLowerCase(Locale.ROOT)
          .replaceAll("[^a-z]", "");
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }
  }

  /** Where an employee stands: the tenure spread keeps heads longer in the company. */
  private enum Seniority {
    DIVISION_HEAD(3 * 365, 5 * 365),
    DEPARTMENT_HEAD(2 * 365, 6 * 365),
    TEAM_LEAD(365, 7 * 365),
    MEMBER(7, 8 * 365 - 7);

    private final int minTenureDays;
    private final int tenureSpreadDays;

    Seniority(int minTenureDays, int tenureSpreadDays) {
      this.minTenureDays = minTenureDays;
      this.tenureSpreadDays = tenureSpreadDays;
    }

    int minTenureDays() {
      return minTenureDays;
    }

    int tenureSpreadDays() {
      return tenureSpreadDays;
    }
  }
}
