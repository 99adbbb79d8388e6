package org.cadre.services.competency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.CareerDirection;
import org.cadre.domain.blueprint.CareerStep;
import org.cadre.domain.blueprint.Experience;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.competency.Competency;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentSource;
import org.cadre.domain.people.EmployeeRecord;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.competency.JpaCompetencyRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.people.JpaAssessmentRepository;
import org.cadre.persistence.people.JpaEmployeeRepository;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.services.access.Caller;

/**
 * A small organisation for the competency services: Engineering with its Platform team (managed by
 * E1, the {@code manager} user) and Operations; two published blueprints, the first naming the
 * second as its next role, and a draft-only one; assessments made {@value #DAYS_AGO} days ago.
 *
 * <pre>
 *              Kubernetes  Terraform  Go
 * Platform     critical 4  import. 3  opt. 2
 * Lead         critical 4  critical 4 import. 3
 * E1 ENG-PLAT  4           3          2        Platform Engineer, Senior (manages ENG-PLAT)
 * E2 ENG-PLAT  4           1          -        Platform Engineer, Mid-level
 * E3 OPS       4           4          3        no blueprint
 * E4 ENG-PLAT  5           -          -        Platform Engineer, left yesterday
 * </pre>
 */
final class SmallOrganisation {

  static final Caller HR = new Caller("hr", Set.of(Role.HR));
  static final Caller LEADER = new Caller("leader", Set.of(Role.LEADERSHIP));
  static final Caller MANAGER = new Caller("manager", Set.of(Role.MANAGER));
  static final int DAYS_AGO = 10;

  final Map<String, Long> competencies = new HashMap<>();
  long platform;
  long lead;
  long secret;

  private final JpaTestContext jpa;
  private final Instant now = Instant.now();

  SmallOrganisation(JpaTestContext jpa) {
    this.jpa = jpa;
    jpa.run(
        em -> {
          List<Competency> created = new ArrayList<>();
          for (String name : List.of("Kubernetes", "Terraform", "Go")) {
            created.add(new Competency(name, now));
          }
          new JpaCompetencyRepository(em).storeNew(created);
          created.forEach(c -> competencies.put(c.name(), c.id()));
        });
    platform =
        blueprint(
            "Platform Engineer",
            true,
            List.of(new CareerStep(CareerDirection.NEXT, "Lead Platform Engineer", null)),
            skill("Kubernetes", Importance.CRITICAL),
            skill("Terraform", Importance.IMPORTANT),
            skill("Go", Importance.OPTIONAL));
    lead =
        blueprint(
            "Lead Platform Engineer",
            true,
            List.of(),
            skill("Kubernetes", Importance.CRITICAL),
            skill("Terraform", Importance.CRITICAL),
            skill("Go", Importance.IMPORTANT));
    secret = blueprint("Secret Role", false, List.of(), skill("Go", Importance.CRITICAL));
    LocalDate today = LocalDate.now();
    jpa.run(
        em ->
            new JpaOrgUnitRepository(em)
                .insert(
                    List.of(
                        new OrgUnitRecord(
                            "ENG", "Engineering", OrgUnitKind.DIVISION, null, null, null),
                        new OrgUnitRecord(
                            "ENG-PLAT", "Platform", OrgUnitKind.TEAM, "ENG", "E1", null),
                        new OrgUnitRecord(
                            "OPS", "Operations", OrgUnitKind.DIVISION, null, null, null)),
                    now));
    jpa.run(
        em ->
            new JpaEmployeeRepository(em)
                .insert(
                    List.of(
                        employee("E1", "Ana", "ENG-PLAT", platform, Level.SENIOR, null),
                        employee("E2", "Ben", "ENG-PLAT", platform, Level.MID, null),
                        employee("E3", "Cy", "OPS", null, null, null),
                        employee("E4", "Dee", "ENG-PLAT", platform, Level.MID, today.minusDays(1))),
                    now));
    jpa.run(
        em -> {
          UserAccount manager = new UserAccount("manager", "x", Set.of(Role.MANAGER), now);
          manager.linkToEmployee("E1");
          new JpaUserAccountRepository(em).store(manager);
        });
    assess("E1", "Kubernetes", 4, "Terraform", 3, "Go", 2);
    assess("E2", "Kubernetes", 4, "Terraform", 1);
    assess("E3", "Kubernetes", 4, "Terraform", 4, "Go", 3);
    assess("E4", "Kubernetes", 5);
  }

  private static TechnicalSkill skill(String name, Importance importance) {
    return new TechnicalSkill(SkillTier.MUST_HAVE, name, null, null, importance, null);
  }

  private long blueprint(
      String title, boolean publish, List<CareerStep> path, TechnicalSkill... skills) {
    BlueprintContent content =
        new BlueprintContent(
            title,
            "Engineering",
            Level.SENIOR,
            Track.INDIVIDUAL_CONTRIBUTOR,
            null,
            List.of(skills),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            path,
            Experience.NONE,
            List.of(),
            List.of());
    return jpa.inTransaction(
        em -> {
          RoleBlueprint blueprint = RoleBlueprint.draft(content, now);
          blueprint
              .latestRevision()
              .linkSkills(s -> competencies.get(s.name()), s -> competencies.get(s.name()));
          if (publish) {
            blueprint.publish(1, now);
          }
          new JpaRoleBlueprintRepository(em).store(blueprint);
          return blueprint.id();
        });
  }

  /**
   * Drafts the next revision of a blueprint with these skills, linked to the catalogue as an import
   * links them (a new skill becomes a new competency).
   */
  void draftNext(long blueprintId, String title, TechnicalSkill... skills) {
    jpa.run(
        em -> {
          RoleBlueprint blueprint =
              new JpaRoleBlueprintRepository(em).find(blueprintId).orElseThrow();
          BlueprintContent content =
              blueprint.latestRevision().content().withTechnicalSkills(List.of(skills));
          blueprint.revise(
              content.withFacts(title, content.family(), content.level(), content.track()),
              null,
              List.of(),
              now);
          new CompetencyCatalogue(new JpaCompetencyRepository(em)).link(blueprint.latestRevision());
        });
  }

  static TechnicalSkill required(String name, Importance importance) {
    return skill(name, importance);
  }

  private static EmployeeRecord employee(
      String number, String given, String unit, Long blueprint, Level level, LocalDate end) {
    return new EmployeeRecord(
        number,
        given,
        "Family",
        null,
        unit,
        blueprint,
        level,
        BigDecimal.ONE,
        LocalDate.of(2020, 1, 6),
        end,
        null,
        null);
  }

  /** Assessments of one person: competency name, level, name, level... */
  void assess(String number, Object... pairs) {
    assessOn(number, LocalDate.now().minusDays(DAYS_AGO), pairs);
  }

  void assessOn(String number, LocalDate day, Object... pairs) {
    jpa.run(
        em -> {
          long employee = new JpaEmployeeRepository(em).idsByNumber().get(number);
          List<AssessmentRecord> records = new ArrayList<>();
          for (int i = 0; i < pairs.length; i += 2) {
            records.add(
                new AssessmentRecord(
                    employee,
                    competencies.get((String) pairs[i]),
                    (Integer) pairs[i + 1],
                    day,
                    AssessmentSource.MANAGER));
          }
          new JpaAssessmentRepository(em).insert(records, now);
        });
  }
}
