package org.cadre.services.demo;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JdbcWorkforceHistory;
import org.cadre.persistence.people.JpaAssessmentRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.system.JpaDemoSeedLog;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.services.access.RecordedEvents;
import org.cadre.services.competency.CompetencyCatalogue;
import org.cadre.services.testing.Services;

/**
 * The demo data loaded as {@link DemoData} loads it, for tests outside the server: each step once,
 * in its own transaction, wired by hand.
 */
public final class DemoFixture {

  private DemoFixture() {}

  /**
   * Loads the users, the blueprints and the organisation, and with {@code full} the moves and the
   * headcount plans too; tells which steps ran (a step loaded before does not run again).
   */
  public static List<Boolean> load(JpaTestContext jpa, boolean full) {
    List<Function<EntityManager, DemoStep>> steps = new ArrayList<>();
    steps.add(em -> new DemoUsers(Services.on(em).users(new RecordedEvents<>())));
    steps.add(
        em ->
            new DemoBlueprints(
                new JpaRoleBlueprintRepository(em),
                new CompetencyCatalogue(new JpaCompetencyRepository(em)),
                Services.on(em).audit()));
    steps.add(
        em ->
            new DemoOrganisation(
                new JpaOrgUnitRepository(em),
                new JpaEmployeeRepository(em),
                new JpaAssessmentRepository(em),
                new JpaRoleBlueprintRepository(em),
                new JpaUserAccountRepository(em),
                Services.on(em).audit()));
    if (full) {
      steps.add(
          em ->
              new DemoMoves(
                  new JpaEmployeeRepository(em),
                  new JpaOrgUnitRepository(em),
                  new JdbcWorkforceHistory(em),
                  Services.on(em).audit()));
      steps.add(
          em ->
              new DemoPlanning(
                  Services.on(em).planning(),
                  Services.on(em).scenarios(),
                  Services.on(em).planningRates(),
                  new JpaOrgUnitRepository(em),
                  new JpaEmployeeRepository(em),
                  new JpaRoleBlueprintRepository(em)));
    }
    List<Boolean> ran = new ArrayList<>();
    for (Function<EntityManager, DemoStep> step : steps) {
      ran.add(
          jpa.inTransaction(
              em -> new DemoSeeding(new JpaDemoSeedLog(em)).applyOnce(step.apply(em))));
    }
    return ran;
  }
}
