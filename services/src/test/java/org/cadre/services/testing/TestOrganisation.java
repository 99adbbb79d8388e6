package org.cadre.services.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.planning.CostRate;
import org.cadre.domain.planning.Quarter;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.planning.JdbcPlanningRatesRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestBlueprints;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.cadre.services.planning.PlanLineInput;
import org.cadre.services.planning.PlanView;

/**
 * A small organisation on a fresh database, for the tests of the services that read it: division
 * ENG with department ENG-PLAT (managed by the user {@code plat}) and its teams ENG-PLAT-SRE and
 * ENG-PLAT-SEC, and department ENG-DATA (managed by {@code data}); two Senior Backend Engineers
 * (one half-time) and a Lead in ENG-PLAT-SRE; a published blueprint with a cost rate of 100,000, a
 * second published one without a rate, and a draft. Quarters are those after today's.
 */
public final class TestOrganisation implements AutoCloseable {

  public static final Caller HR = new Caller("hr", EnumSet.of(Role.HR));
  public static final Caller LEADER = new Caller("leader", EnumSet.of(Role.LEADERSHIP));
  public static final Caller PLAT = new Caller("plat", EnumSet.of(Role.MANAGER));
  public static final Caller DATA = new Caller("data", EnumSet.of(Role.MANAGER));

  public static final String SRE = "ENG-PLAT-SRE";
  public static final String SEC = "ENG-PLAT-SEC";

  /** The quarter after today's, and the one after that. */
  public static final Quarter NEXT = Quarter.containing(LocalDate.now()).next();

  public static final Quarter AFTER = NEXT.next();

  private static final Instant NOW = Instant.now();

  private final JpaTestContext jpa;
  public final long engineer;
  public final long analyst;
  public final long draft;

  public TestOrganisation(DatabaseKind database) {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    engineer = blueprint("Backend Engineer", Level.SENIOR, true);
    analyst = blueprint("Data Analyst", Level.MID, true);
    draft = blueprint("Draft Role", Level.SENIOR, false);
    jpa.run(
        em -> {
          new JpaOrgUnitRepository(em)
              .insert(
                  List.of(
                      unit("ENG", "Engineering", OrgUnitKind.DIVISION, null, null),
                      unit("ENG-PLAT", "Platform", OrgUnitKind.DEPARTMENT, "ENG", "E-PLAT"),
                      unit(SRE, "Site Reliability", OrgUnitKind.TEAM, "ENG-PLAT", null),
                      unit(SEC, "Security", OrgUnitKind.TEAM, "ENG-PLAT", null),
                      unit("ENG-DATA", "Data", OrgUnitKind.DEPARTMENT, "ENG", "E-DATA")),
                  NOW);
          new JpaEmployeeRepository(em)
              .insert(
                  List.of(
                      person("E-PLAT", "ENG-PLAT", null, null, "1"),
                      person("E-DATA", "ENG-DATA", null, null, "1"),
                      person("E-1", SRE, engineer, Level.SENIOR, "1"),
                      person("E-2", SRE, engineer, Level.SENIOR, "0.5"),
                      person("E-3", SRE, engineer, Level.LEAD, "1")),
                  NOW);
          JpaUserAccountRepository users = new JpaUserAccountRepository(em);
          users.store(user("plat", "E-PLAT"));
          users.store(user("data", "E-DATA"));
          new JdbcPlanningRatesRepository(em)
              .setCostRate(new CostRate(engineer, null, new BigDecimal("100000")), "hr", NOW);
        });
  }

  /** Runs the work in a transaction of its own, with the services wired over it. */
  public <T> T call(Function<Services, T> work) {
    return jpa.inTransaction(em -> work.apply(Services.on(em)));
  }

  private long blueprint(String title, Level level, boolean publish) {
    return jpa.inTransaction(em -> TestBlueprints.store(em, title, level, publish, NOW));
  }

  /**
   * The unit's plan for the quarter in the scenario (null for the baseline), started by HR when it
   * has none, with one line: the engineer's blueprint at the FTE given.
   */
  public PlanView plan(String unit, Quarter quarter, String scenario, String fte) {
    return call(
        s -> {
          PlanView plan = s.planning().plan(HR, unit, quarter.toString(), scenario);
          if (plan.id() == null) {
            plan = s.planning().start(HR, unit, quarter.toString(), scenario);
          }
          return s.planning()
              .saveLines(
                  HR,
                  plan.id(),
                  plan.revision(),
                  List.of(new PlanLineInput(engineer, null, new BigDecimal(fte), null, null)));
        });
  }

  private static OrgUnitRecord unit(
      String code, String name, OrgUnitKind kind, String parent, String manager) {
    return new OrgUnitRecord(code, name, kind, parent, manager, null);
  }

  private static EmployeeRecord person(
      String number, String unit, Long blueprint, Level level, String fte) {
    return new EmployeeRecord(
        number,
        "Given",
        number,
        null,
        unit,
        blueprint,
        level,
        new BigDecimal(fte),
        LocalDate.of(2020, 1, 6),
        null,
        null,
        null);
  }

  private static UserAccount user(String username, String employee) {
    UserAccount account = new UserAccount(username, "-", EnumSet.of(Role.MANAGER), NOW);
    account.linkToEmployee(employee);
    return account;
  }

  @Override
  public void close() {
    jpa.close();
  }
}
