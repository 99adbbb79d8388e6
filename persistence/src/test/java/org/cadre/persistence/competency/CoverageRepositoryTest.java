package org.cadre.persistence.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.competency.Assessed;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.Requirement;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.domain.imports.Staged;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.Assessment;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.imports.JdbcImportStagingRepository;
import org.cadre.persistence.imports.JpaImportRunRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaAssessmentRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.persistence.testing.TestRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Required levels stored with blueprint skills, the requirement an assessment keeps, and the
 * projections coverage is computed from.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CoverageRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:30:15Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private final Map<String, Long> competencies = new HashMap<>();
  private long platform;
  private long draftOnly;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    jpa.run(
        em -> {
          List<Competency> created =
              List.of(
                  new Competency("Kubernetes", NOW),
                  new Competency("Terraform", NOW),
                  new Competency("Go", NOW));
          new JpaCompetencyRepository(em).storeNew(created);
          created.forEach(c -> competencies.put(c.name(), c.id()));
        });
    platform =
        store(
            content(
                "Platform Engineer",
                skill("Kubernetes", Importance.CRITICAL),
                skill("Terraform", Importance.IMPORTANT),
                skill("Go", Importance.OPTIONAL)),
            true);
    draftOnly = store(content("Draft Engineer", skill("Go", Importance.CRITICAL)), false);
    jpa.run(
        em ->
            new JpaOrgUnitRepository(em)
                .insert(
                    List.of(
                        new OrgUnitRecord(
                            "ENG", "Engineering", OrgUnitKind.DIVISION, null, null, null),
                        new OrgUnitRecord(
                            "ENG-PLAT", "Platform", OrgUnitKind.TEAM, "ENG", null, null)),
                    NOW));
    jpa.run(
        em ->
            new JpaEmployeeRepository(em)
                .insert(
                    List.of(
                        employee("E1", "ENG-PLAT", platform, null),
                        employee("E2", "ENG", platform, TODAY.minusDays(1)),
                        employee("E3", "ENG-PLAT", null, null)),
                    NOW));
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  private static TechnicalSkill skill(String name, Importance importance) {
    return new TechnicalSkill(SkillTier.MUST_HAVE, name, null, null, importance, null);
  }

  private static BlueprintContent content(String title, TechnicalSkill... skills) {
    return BlueprintContent.of(
        title, "Engineering", Level.SENIOR, Track.INDIVIDUAL_CONTRIBUTOR, null, List.of(skills));
  }

  /** A blueprint whose skills link to the competencies of their names; Terraform set to 4. */
  private long store(BlueprintContent content, boolean publish) {
    return jpa.inTransaction(
        em -> {
          RoleBlueprint blueprint = RoleBlueprint.draft(content, NOW);
          blueprint
              .latestRevision()
              .linkSkills(s -> competencies.get(s.name()), s -> competencies.get(s.name()));
          blueprint.latestRevision().technicalSkills().stream()
              .filter(s -> s.name().equals("Terraform"))
              .forEach(s -> blueprint.requireLevel(s.skillId(), 4, NOW));
          if (publish) {
            blueprint.publish(1, NOW);
          }
          new JpaRoleBlueprintRepository(em).store(blueprint);
          return blueprint.id();
        });
  }

  /** Drafts revision 2 of Platform Engineer with these skills, linked to the catalogue. */
  private RoleBlueprint revise(EntityManager em, TechnicalSkill... skills) {
    RoleBlueprint blueprint = new JpaRoleBlueprintRepository(em).find(platform).orElseThrow();
    blueprint.revise(content("Platform Engineer", skills), null, List.of(), NOW);
    blueprint
        .latestRevision()
        .linkSkills(s -> competencies.get(s.name()), s -> competencies.get(s.name()));
    return blueprint;
  }

  private static EmployeeRecord employee(
      String number, String unit, Long blueprint, LocalDate end) {
    return new EmployeeRecord(
        number,
        "Given" + number,
        "Family" + number,
        null,
        unit,
        blueprint,
        Level.SENIOR,
        BigDecimal.ONE,
        LocalDate.of(2020, 1, 6),
        end,
        null,
        null);
  }

  private void assess(String number, String competency, int level, LocalDate on) {
    jpa.run(
        em -> {
          long employee = new JpaEmployeeRepository(em).idsByNumber().get(number);
          new JpaAssessmentRepository(em)
              .insert(
                  List.of(
                      new AssessmentRecord(
                          employee,
                          competencies.get(competency),
                          level,
                          on,
                          AssessmentSource.MANAGER)),
                  NOW);
        });
  }

  @Test
  void publishedProfilesCarryTheLevelsStoredWithTheSkillsAndLeaveDraftsOut() {
    Map<Long, RequiredProfile> profiles =
        jpa.inTransaction(em -> new JdbcCoverageRepository(em).publishedProfiles(null));

    assertThat(profiles).containsOnlyKeys(platform);
    assertThat(profiles.get(platform).title()).isEqualTo("Platform Engineer");
    assertThat(profiles.get(platform).requirements())
        .containsExactly(
            new Requirement(competencies.get("Kubernetes"), "Kubernetes", Importance.CRITICAL, 4),
            new Requirement(competencies.get("Terraform"), "Terraform", Importance.IMPORTANT, 4),
            new Requirement(competencies.get("Go"), "Go", Importance.OPTIONAL, 2));
    Map<Long, RequiredProfile> drafts =
        jpa.inTransaction(
            em -> new JdbcCoverageRepository(em).publishedProfiles(List.of(draftOnly)));
    assertThat(drafts).isEmpty();
  }

  @Test
  void skillIdsAndLevelsSetByHrSurviveStoringAndANewDraftLeavesThePublishedProfileAlone() {
    jpa.run(
        em ->
            revise(em, skill("Go", Importance.CRITICAL), skill("Kubernetes", Importance.CRITICAL)));

    RoleBlueprint stored =
        jpa.inTransaction(
            em -> {
              RoleBlueprint b = new JpaRoleBlueprintRepository(em).find(platform).orElseThrow();
              b.revisions().forEach(r -> r.technicalSkills().size());
              return b;
            });
    assertThat(stored.revision(1).technicalSkills())
        .extracting(
            TechnicalSkill::skillId, TechnicalSkill::requiredLevel, TechnicalSkill::isLevelSet)
        .containsExactly(tuple(1, 4, false), tuple(2, 4, true), tuple(3, 2, false));
    assertThat(stored.revision(2).technicalSkills())
        .extracting(TechnicalSkill::name, TechnicalSkill::skillId, TechnicalSkill::requiredLevel)
        .containsExactly(tuple("Go", 3, 4), tuple("Kubernetes", 1, 4));
    assertThat(
            jpa.inTransaction(em -> new JdbcCoverageRepository(em).publishedProfiles(null))
                .get(platform)
                .requirements())
        .hasSize(3);
  }

  @Test
  void anAssessmentKeepsTheRequirementInForceWhenItWasMade() {
    assess("E1", "Terraform", 4, TODAY.minusDays(30));
    assess("E1", "Kubernetes", 2, TODAY.minusDays(30));
    assess("E3", "Terraform", 3, TODAY.minusDays(30));
    // HR raises Kubernetes to 5 in revision 2 and publishes it
    jpa.run(
        em -> {
          RoleBlueprint blueprint =
              revise(
                  em,
                  skill("Kubernetes", Importance.CRITICAL),
                  skill("Terraform", Importance.IMPORTANT));
          blueprint.requireLevel(1, 5, NOW);
          blueprint.publish(2, NOW);
        });
    assess("E1", "Kubernetes", 3, TODAY);

    List<Assessment> stored =
        jpa.inTransaction(
            em ->
                new JpaAssessmentRepository(em)
                    .forEmployee(new JpaEmployeeRepository(em).find("E1").orElseThrow().id()));
    assertThat(stored)
        .extracting(Assessment::level, a -> a.requiredLevel().orElse(null))
        .containsExactly(tuple(3, 5), tuple(2, 4), tuple(4, 4));
    Assessment unrequired =
        jpa.inTransaction(
            em ->
                new JpaAssessmentRepository(em)
                    .forEmployee(new JpaEmployeeRepository(em).find("E3").orElseThrow().id())
                    .get(0));
    assertThat(unrequired.requiredLevel()).isEmpty();
  }

  @Test
  void assessmentsAppliedByAnImportKeepTheRequirementToo() {
    assess("E1", "Go", 1, TODAY.minusDays(30));
    long e1 = jpa.inTransaction(em -> new JpaEmployeeRepository(em).idsByNumber().get("E1"));
    long runId =
        jpa.inTransaction(
            em -> {
              ImportRun run = TestRuns.commit(NOW);
              run.enter(ImportStatus.APPLYING);
              new JpaImportRunRepository(em).store(run);
              return run.id();
            });
    AssessmentRecord created =
        new AssessmentRecord(e1, competencies.get("Terraform"), 2, TODAY, AssessmentSource.IMPORT);
    AssessmentRecord updated =
        new AssessmentRecord(
            e1, competencies.get("Go"), 2, TODAY.minusDays(30), AssessmentSource.IMPORT);
    jpa.run(
        em -> {
          // Go is no longer required by the time the import is applied
          em.createNativeQuery(
                  "UPDATE blueprint_technical_skill SET required_level = 0 WHERE competency_id = ?")
              .setParameter(1, competencies.get("Go"))
              .executeUpdate();
          JdbcImportStagingRepository staging = new JdbcImportStagingRepository(em);
          staging.stageAssessments(
              runId, 0, List.of(new Staged<>(created, true), new Staged<>(updated, false)));
          staging.apply(runId, NOW);
        });

    List<Assessment> stored =
        jpa.inTransaction(em -> new JpaAssessmentRepository(em).forEmployee(e1));
    assertThat(stored)
        .extracting(Assessment::competencyId, a -> a.requiredLevel().orElse(null))
        .containsExactly(tuple(competencies.get("Terraform"), 4), tuple(competencies.get("Go"), 0));
  }

  @Test
  void peopleInPostOfUnitsWithTheirLatestAssessments() {
    assess("E1", "Kubernetes", 2, TODAY.minusDays(400));
    assess("E1", "Kubernetes", 4, TODAY.minusDays(10));
    assess("E1", "Go", 1, TODAY.minusDays(5));
    assess("E2", "Kubernetes", 5, TODAY.minusDays(10));

    List<PersonSkills> team =
        jpa.inTransaction(
            em ->
                new JdbcCoverageRepository(em)
                    .people(PeopleQuery.inPost(Set.of("ENG", "ENG-PLAT"), TODAY)));

    // E2 left yesterday
    assertThat(team)
        .extracting(
            PersonSkills::number,
            PersonSkills::name,
            PersonSkills::unitCode,
            PersonSkills::blueprintId,
            PersonSkills::level)
        .containsExactly(
            tuple("E1", "GivenE1 FamilyE1", "ENG-PLAT", platform, Level.SENIOR),
            tuple("E3", "GivenE3 FamilyE3", "ENG-PLAT", null, Level.SENIOR));
    PersonSkills e1 = team.get(0);
    assertThat(e1.levels().latest(competencies.get("Kubernetes")))
        .contains(new Assessed(competencies.get("Kubernetes"), 4, TODAY.minusDays(10), 4));
    assertThat(e1.levels().level(competencies.get("Go"))).isEqualTo(1);
    assertThat(e1.levels().level(competencies.get("Terraform"))).isZero();
  }

  @Test
  void peopleByNumberBlueprintAndCompetency() {
    assess("E1", "Kubernetes", 4, TODAY.minusDays(10));
    assess("E1", "Go", 1, TODAY.minusDays(5));
    assess("E2", "Go", 3, TODAY.minusDays(5));

    List<PersonSkills> onPlatform =
        jpa.inTransaction(
            em ->
                new JdbcCoverageRepository(em)
                    .people(
                        new PeopleQuery(null, null, null, null, null)
                            .onBlueprint(platform)
                            .assessedIn(List.of(competencies.get("Go")))));
    PersonSkills e2 =
        jpa.inTransaction(em -> new JdbcCoverageRepository(em).people(PeopleQuery.person("E2")))
            .get(0);

    assertThat(onPlatform).extracting(PersonSkills::number).containsExactly("E1", "E2");
    assertThat(onPlatform.get(0).levels().level(competencies.get("Kubernetes"))).isZero();
    assertThat(onPlatform.get(0).levels().level(competencies.get("Go"))).isEqualTo(1);
    assertThat(e2.unitCode()).isEqualTo("ENG");
    assertThat(e2.levels().level(competencies.get("Go"))).isEqualTo(3);
    List<PersonSkills> nobody =
        jpa.inTransaction(em -> new JdbcCoverageRepository(em).people(PeopleQuery.person("E404")));
    assertThat(nobody).isEmpty();
  }
}
