package org.cadre.services.demo;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.services.demo.GeneratedOrganisation.Rating;
import org.cadre.services.demo.OrganisationShape.Department;
import org.cadre.services.demo.OrganisationShape.Division;
import org.cadre.services.demo.OrganisationShape.Share;
import org.cadre.services.demo.OrganisationShape.Team;

/**
 * Makes the demo organisation from its shape and the published demo blueprints: its units, the
 * people of every team with their blueprints, FTE, dates and costs, and their assessments.
 * Everything comes from a fixed random seed, so that the same day always gives the same
 * organisation; dates are relative to that day, so the demo looks current.
 */
final class OrganisationGenerator {

  static final long SEED = 20_250_611L;

  static final String EMAIL_DOMAIN = "cadre-demo.example";

  private final Random random = new Random(SEED);
  private final OrganisationShape shape;
  private final Map<String, DemoRole> roles;
  private final LocalDate today;
  private final AssessmentGenerator assessments;
  private final List<OrgUnitRecord> units = new ArrayList<>();
  private final Map<String, String> managers = new LinkedHashMap<>();
  private final List<EmployeeRecord> people = new ArrayList<>();
  private final List<Rating> ratings = new ArrayList<>();
  private final Set<String> emails = new HashSet<>();

  private OrganisationGenerator(OrganisationShape shape, List<DemoRole> roles, LocalDate today) {
    this.shape = shape;
    this.roles = roles.stream().collect(Collectors.toMap(DemoRole::title, Function.identity()));
    this.today = today;
    this.assessments = new AssessmentGenerator(random, roles, today);
    for (String title : shape.blueprintTitles()) {
      if (!this.roles.containsKey(title)) {
        throw new IllegalStateException(
            "the demo organisation names the blueprint \"" + title + "\", which is not published");
      }
    }
  }

  /** The organisation for the day, the same every time for the same shape, roles and day. */
  static GeneratedOrganisation generate(
      OrganisationShape shape, List<DemoRole> roles, LocalDate today) {
    return new OrganisationGenerator(shape, roles, today).generate();
  }

  private GeneratedOrganisation generate() {
    for (Division division : shape.divisions()) {
      units.add(
          new OrgUnitRecord(
              division.code(),
              division.name(),
              OrgUnitKind.DIVISION,
              null,
              null,
              division.costCentre()));
      for (Department department : division.departments()) {
        units.add(
            new OrgUnitRecord(
                department.code(),
                department.name(),
                OrgUnitKind.DEPARTMENT,
                division.code(),
                null,
                department.costCentre()));
        for (Team team : department.teams()) {
          units.add(
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
    return new GeneratedOrganisation(
        List.copyOf(units),
        Map.copyOf(managers),
        List.copyOf(people),
        List.copyOf(ratings),
        managers.get(DemoOrganisation.MANAGER_UNIT));
  }

  /** The team's people; heads of its division and department sit in their first team. */
  private void staff(Division division, Department department, Team team) {
    int places = team.size();
    if (!managers.containsKey(division.code())) {
      managers.put(division.code(), hire(team, division.head(), Seniority.DIVISION_HEAD));
      places--;
    }
    if (!managers.containsKey(department.code())) {
      managers.put(department.code(), hire(team, department.head(), Seniority.DEPARTMENT_HEAD));
      places--;
    }
    managers.put(team.code(), hire(team, team.lead(), Seniority.TEAM_LEAD));
    places--;
    for (int i = 0; i < places; i++) {
      hire(team, member(team.members()), Seniority.MEMBER);
    }
  }

  /** A member's blueprint, drawn by the shares' weights. */
  private String member(List<Share> shares) {
    int draw = random.nextInt(shares.stream().mapToInt(Share::weight).sum());
    for (Share share : shares) {
      draw -= share.weight();
      if (draw < 0) {
        return share.blueprint();
      }
    }
    throw new IllegalStateException("a team's shares have no weight");
  }

  private String hire(Team team, String blueprint, Seniority seniority) {
    String number = String.format(Locale.ROOT, "E%05d", people.size() + 1);
    String given = pick(shape.givenNames());
    String family = pick(shape.familyNames());
    DemoRole role = roles.get(blueprint);
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
            random.nextInt(4) == 0 ? pick(shape.cities()) : team.city(),
            annualCost(role, fte)));
    ratings.addAll(assessments.rate(number, role, hired, left));
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

  /** The blueprint's full-time year within ±8%, for the person's FTE, in whole units. */
  private BigDecimal annualCost(DemoRole role, BigDecimal fte) {
    double spread = 0.92 + random.nextDouble() * 0.16;
    return BigDecimal.valueOf(
        Math.round(role.annualCost().doubleValue() * spread * fte.doubleValue()));
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
