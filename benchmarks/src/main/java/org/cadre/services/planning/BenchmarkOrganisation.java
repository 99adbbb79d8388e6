package org.cadre.services.planning;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.domain.planning.Budget;
import org.cadre.domain.planning.CostRate;
import org.cadre.domain.planning.PlanStatus;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.planning.SeatKey;
import org.cadre.persistence.Jdbc;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.planning.JdbcPlanningRatesRepository;
import org.cadre.persistence.planning.JdbcPositionRepository;
import org.cadre.persistence.testing.JpaTestContext;

/**
 * The large organisation the benchmarks plan in: divisions of departments of teams (codes {@code
 * D01}, {@code D01-P1}, {@code D01-P1-T01}), a number of employees per team on 20 published
 * blueprints (mostly full-time and in post; in each team one part-time, one leaving in the third
 * quarter, one joining in the second), HR's cost rates, a budget for every division and department
 * each quarter, and baseline plans of 20 lines (one per blueprint) for every team and quarter, one
 * version each, written with batched JDBC and then analysed. The manager {@value #MANAGER} heads
 * the first department.
 */
public final class BenchmarkOrganisation {

  public static final String MANAGER = "bench-manager";
  public static final int BLUEPRINTS = 20;
  private static final Level[] LEVELS = {Level.JUNIOR, Level.MID, Level.SENIOR, Level.LEAD};
  private static final Instant NOW = Instant.now();

  private final int divisions;
  private final int departments;
  private final int teams;
  private final int people;
  private final Quarter first;

  /**
   * @param people employees per team
   * @param first the first quarter planned, which people's dates are set around
   */
  public BenchmarkOrganisation(
      int divisions, int departments, int teams, int people, Quarter first) {
    this.divisions = divisions;
    this.departments = departments;
    this.teams = teams;
    this.people = people;
    this.first = first;
  }

  /** How many units the organisation has: divisions, departments and teams. */
  public int units() {
    return divisions * (1 + departments * (1 + teams));
  }

  public static String division(int d) {
    return String.format("D%02d", d);
  }

  public static String department(int d, int p) {
    return division(d) + "-P" + p;
  }

  public static String team(int d, int p, int t) {
    return department(d, p) + String.format("-T%02d", t);
  }

  public static Quarter plus(Quarter quarter, int count) {
    Quarter q = quarter;
    for (int i = 0; i < count; i++) {
      q = q.next();
    }
    return q;
  }

  /**
   * Writes the organisation and its plans.
   *
   * @return the planned FTE of the whole organisation by quarter, to check the overview against
   */
  public Map<Quarter, BigDecimal> seed(JpaTestContext jpa, List<Quarter> quarters) {
    long[] blueprints = jpa.inTransaction(BenchmarkOrganisation::blueprints);
    List<String> teamCodes = new ArrayList<>();
    jpa.run(
        em -> {
          List<OrgUnitRecord> units = new ArrayList<>();
          List<EmployeeRecord> records = new ArrayList<>();
          int number = 0;
          for (int d = 1; d <= divisions; d++) {
            units.add(
                new OrgUnitRecord(
                    division(d), "Division " + d, OrgUnitKind.DIVISION, null, null, null));
            for (int p = 1; p <= departments; p++) {
              String manager = String.format("E%05d", number + 1);
              units.add(
                  new OrgUnitRecord(
                      department(d, p),
                      "Department " + d + "." + p,
                      OrgUnitKind.DEPARTMENT,
                      division(d),
                      manager,
                      null));
              for (int t = 1; t <= teams; t++) {
                String code = team(d, p, t);
                teamCodes.add(code);
                units.add(
                    new OrgUnitRecord(
                        code, "Team " + code, OrgUnitKind.TEAM, department(d, p), null, null));
                for (int i = 0; i < people; i++) {
                  records.add(person(++number, code, blueprints, teamCodes.size() + 2 * i, i));
                }
              }
            }
          }
          new JpaOrgUnitRepository(em).insert(units, NOW);
          new JpaEmployeeRepository(em).insert(records, NOW);
          UserAccount manager = new UserAccount(MANAGER, "-", EnumSet.of(Role.MANAGER), NOW);
          manager.linkToEmployee("E00001");
          new JpaUserAccountRepository(em).store(manager);
        });
    jpa.run(
        em -> {
          JdbcPlanningRatesRepository rates = new JdbcPlanningRatesRepository(em);
          for (int b = 0; b < BLUEPRINTS; b++) {
            BigDecimal rate = BigDecimal.valueOf(60_000 + 2_500L * b);
            rates.setCostRate(new CostRate(blueprints[b], level(b), rate), "hr", NOW);
            if (b % 2 == 0) {
              rates.setCostRate(new CostRate(blueprints[b], null, rate), "hr", NOW);
            }
          }
          for (Quarter quarter : quarters) {
            for (int d = 1; d <= divisions; d++) {
              rates.setBudget(
                  new Budget(division(d), quarter, BigDecimal.valueOf(90_000_000)), "leader", NOW);
              for (int p = 1; p <= departments; p++) {
                rates.setBudget(
                    new Budget(department(d, p), quarter, BigDecimal.valueOf(18_000_000)),
                    "leader",
                    NOW);
              }
            }
          }
        });
    Map<Quarter, BigDecimal> planned =
        jpa.inTransaction(em -> plans(em, teamCodes, blueprints, quarters));
    // statistics, as a live database has them from autovacuum: query plans do not change mid-run
    jpa.run(em -> Jdbc.execute(em, "ANALYZE"));
    return planned;
  }

  private static long[] blueprints(EntityManager em) {
    JpaRoleBlueprintRepository repository = new JpaRoleBlueprintRepository(em);
    long[] ids = new long[BLUEPRINTS];
    for (int b = 0; b < BLUEPRINTS; b++) {
      RoleBlueprint blueprint =
          RoleBlueprint.draft(
              BlueprintContent.of(
                  "Benchmark role " + (b + 1),
                  "Engineering",
                  level(b),
                  Track.INDIVIDUAL_CONTRIBUTOR,
                  "A role of the planning benchmark.",
                  List.of()),
              NOW);
      blueprint.publish(1, NOW);
      repository.store(blueprint);
      em.flush();
      ids[b] = blueprint.id();
    }
    return ids;
  }

  /** Blueprints 1 to 16 name a level, the last 4 none. */
  public static Level level(int b) {
    return b >= 16 ? null : LEVELS[b % LEVELS.length];
  }

  /**
   * The i-th person of a team: mostly full-time and in post; one part-time, one leaving in the
   * third quarter, one joining in the second.
   */
  private EmployeeRecord person(int number, String team, long[] blueprints, int b, int i) {
    int blueprint = b % BLUEPRINTS;
    return new EmployeeRecord(
        String.format("E%05d", number),
        "Given",
        "Family " + number,
        null,
        team,
        blueprints[blueprint],
        level(blueprint),
        i == 9 ? new BigDecimal("0.5") : BigDecimal.ONE,
        i == 8 ? first.next().start() : LocalDate.of(2020, 1, 6),
        i == 7 ? first.next().next().end().minusDays(10) : null,
        null,
        null);
  }

  /**
   * Plans: the first quarter approved, the second approved or submitted, the third submitted or a
   * draft, later ones drafts; with the positions of their seats.
   */
  private static Map<Quarter, BigDecimal> plans(
      EntityManager em, List<String> teams, long[] blueprints, List<Quarter> quarters) {
    record Plan(String team, int teamIndex, int quarterIndex, PlanStatus status) {}
    List<Plan> plans = new ArrayList<>();
    for (int t = 0; t < teams.size(); t++) {
      for (int q = 0; q < quarters.size(); q++) {
        PlanStatus status =
            switch (q) {
              case 0 -> PlanStatus.APPROVED;
              case 1 -> t % 2 == 0 ? PlanStatus.APPROVED : PlanStatus.SUBMITTED;
              case 2 -> t % 2 == 0 ? PlanStatus.SUBMITTED : PlanStatus.DRAFT;
              default -> PlanStatus.DRAFT;
            };
        plans.add(new Plan(teams.get(t), t, q, status));
      }
    }
    Jdbc.batch(
        em,
        "INSERT INTO headcount_plan (id, org_unit_code, period, scenario, plan_version, status,"
            + " newest, revision, updated_by, updated_at, decided_by, decided_at)"
            + " VALUES (nextval('headcount_plan_seq'), ?, ?, ?, 1, ?, TRUE, 1, 'bench', ?, ?, ?)",
        plans,
        (statement, plan) -> {
          boolean decided = plan.status() == PlanStatus.APPROVED;
          statement.setString(1, plan.team());
          statement.setString(2, quarters.get(plan.quarterIndex()).toString());
          statement.setString(3, Scenarios.BASELINE);
          statement.setString(4, plan.status().name());
          Jdbc.setInstant(statement, 5, NOW);
          Jdbc.set(statement, 6, decided ? "bench-leader" : null, Types.VARCHAR);
          if (decided) {
            Jdbc.setInstant(statement, 7, NOW);
          } else {
            statement.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
          }
        });
    Map<String, Long> ids = new HashMap<>();
    Jdbc.query(
        em,
        "SELECT org_unit_code, period, id FROM headcount_plan",
        row -> ids.put(row.getString(1) + "@" + row.getString(2), row.getLong(3)));
    record Line(long planId, int blueprint, BigDecimal fte) {}
    List<Line> lines = new ArrayList<>();
    Map<Quarter, BigDecimal> planned = new LinkedHashMap<>();
    Map<SeatKey, Integer> seats = new LinkedHashMap<>();
    for (Plan plan : plans) {
      Quarter quarter = quarters.get(plan.quarterIndex());
      long id = ids.get(plan.team() + "@" + quarter);
      for (int b = 0; b < BLUEPRINTS; b++) {
        BigDecimal fte =
            BigDecimal.valueOf((plan.teamIndex() + b + plan.quarterIndex()) % 4, 1)
                .multiply(BigDecimal.valueOf(5));
        lines.add(new Line(id, b, fte));
        planned.merge(quarter, fte, BigDecimal::add);
        seats.merge(
            new SeatKey(plan.team(), blueprints[b], level(b)),
            fte.setScale(0, java.math.RoundingMode.CEILING).intValueExact(),
            Math::max);
      }
    }
    Jdbc.batch(
        em,
        "INSERT INTO plan_line (id, plan_id, blueprint_id, level, planned_fte, cost_per_fte,"
            + " justification) VALUES (nextval('plan_line_seq'), ?, ?, ?, ?, ?, ?)",
        lines,
        (statement, line) -> {
          statement.setLong(1, line.planId());
          statement.setLong(2, blueprints[line.blueprint()]);
          Level level = level(line.blueprint());
          Jdbc.set(statement, 3, level == null ? null : level.name(), Types.VARCHAR);
          statement.setBigDecimal(4, line.fte());
          Jdbc.set(
              statement,
              5,
              line.blueprint() % 5 == 0 ? new BigDecimal("81000.00") : null,
              Types.NUMERIC);
          Jdbc.set(
              statement,
              6,
              line.blueprint() % 7 == 0 ? "Grows with the product" : null,
              Types.VARCHAR);
        });
    new JdbcPositionRepository(em).ensure(seats);
    return planned;
  }
}
