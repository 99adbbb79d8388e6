package org.cadre.domain.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Required levels of blueprint skills: the importance's default, HR's override, skill ids. */
class RequiredLevelTest {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private static final Instant T1 = Instant.parse("2026-02-05T10:00:00Z");

  private static TechnicalSkill skill(String name, Importance importance) {
    return new TechnicalSkill(SkillTier.MUST_HAVE, name, null, null, importance, null);
  }

  private static BlueprintContent content(TechnicalSkill... skills) {
    return BlueprintContent.of(
        "Senior Data Engineer",
        "Data",
        Level.SENIOR,
        Track.INDIVIDUAL_CONTRIBUTOR,
        "Builds pipelines",
        List.of(skills));
  }

  @Test
  void theDefaultLevelAndWeightComeFromTheImportance() {
    assertThat(skill("SQL", Importance.CRITICAL).requiredLevel()).isEqualTo(4);
    assertThat(skill("SQL", Importance.IMPORTANT).requiredLevel()).isEqualTo(3);
    assertThat(skill("SQL", Importance.OPTIONAL).requiredLevel()).isEqualTo(2);
    assertThat(skill("SQL", Importance.CONTEXT_SPECIFIC).requiredLevel()).isEqualTo(2);
    assertThat(skill("SQL", null).requiredLevel()).isEqualTo(3);

    assertThat(skill("SQL", Importance.CRITICAL).weight()).isEqualTo(3);
    assertThat(skill("SQL", Importance.IMPORTANT).weight()).isEqualTo(2);
    assertThat(skill("SQL", Importance.OPTIONAL).weight()).isEqualTo(1);
    assertThat(skill("SQL", Importance.CONTEXT_SPECIFIC).weight()).isEqualTo(1);
    assertThat(skill("SQL", null).weight()).isEqualTo(2);
  }

  @Test
  void skillsGetIdsUniqueInTheirBlueprint() {
    RoleBlueprint blueprint =
        RoleBlueprint.draft(
            content(skill("SQL", Importance.CRITICAL), skill("Python", Importance.IMPORTANT)), T0);

    assertThat(blueprint.latestRevision().technicalSkills())
        .extracting(TechnicalSkill::skillId)
        .containsExactly(1, 2);
  }

  @Test
  void hrOverridesTheLevelOnTheDraftAndCanGoBackToTheDefault() {
    RoleBlueprint blueprint =
        RoleBlueprint.draft(
            content(skill("SQL", Importance.CRITICAL), skill("Python", Importance.IMPORTANT)), T0);

    TechnicalSkill set = blueprint.requireLevel(2, 5, T1);

    assertThat(set.requiredLevel()).isEqualTo(5);
    assertThat(set.isLevelSet()).isTrue();
    TechnicalSkill python = blueprint.latestRevision().technicalSkills().get(1);
    assertThat(python.name()).isEqualTo("Python");
    assertThat(python.requiredLevel()).isEqualTo(5);
    assertThat(blueprint.latestRevision().technicalSkills().get(0).requiredLevel()).isEqualTo(4);

    TechnicalSkill back = blueprint.requireLevel(2, null, T1);
    assertThat(back.requiredLevel()).isEqualTo(3);
    assertThat(back.isLevelSet()).isFalse();
  }

  @Test
  void anOverrideOutlivesAChangeOfImportanceButTheDefaultFollowsIt() {
    TechnicalSkill critical = skill("SQL", Importance.CRITICAL);

    assertThat(critical.with(SkillTier.MUST_HAVE, Importance.OPTIONAL).requiredLevel())
        .isEqualTo(2);
    assertThat(critical.requiring(5).with(SkillTier.MUST_HAVE, Importance.OPTIONAL).requiredLevel())
        .isEqualTo(5);
  }

  @Test
  void levelsOutsideTheScaleAndUnknownSkillsAreRefused() {
    RoleBlueprint blueprint = RoleBlueprint.draft(content(skill("SQL", Importance.CRITICAL)), T0);

    assertThatThrownBy(() -> blueprint.requireLevel(1, 6, T1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a required level is a whole number from 0 to 5, not 6");
    assertThatThrownBy(() -> blueprint.requireLevel(1, -1, T1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> blueprint.requireLevel(9, 3, T1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revision 1 of senior data engineer has no skill 9");
  }

  @Test
  void publishingFixesTheLevels() {
    RoleBlueprint blueprint = RoleBlueprint.draft(content(skill("SQL", Importance.CRITICAL)), T0);
    blueprint.requireLevel(1, 5, T1);
    blueprint.publish(1, T1);

    assertThatThrownBy(() -> blueprint.requireLevel(1, 3, T1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is published, not a draft");
    assertThat(blueprint.publishedRevision().orElseThrow().technicalSkills().get(0).requiredLevel())
        .isEqualTo(5);
  }

  @Test
  void aNewRevisionKeepsSkillIdsAndOverridesAndNumbersNewSkillsOnwards() {
    RoleBlueprint blueprint =
        RoleBlueprint.draft(
            content(skill("SQL", Importance.CRITICAL), skill("Python", Importance.IMPORTANT)), T0);
    blueprint.requireLevel(2, 5, T1);
    blueprint.publish(1, T1);

    BlueprintRevision next =
        blueprint.revise(
            content(skill("Spark", Importance.OPTIONAL), skill("python", Importance.IMPORTANT)),
            null,
            List.of(),
            T1);

    assertThat(next.number()).isEqualTo(2);
    assertThat(next.technicalSkills())
        .extracting(TechnicalSkill::name, TechnicalSkill::skillId, TechnicalSkill::requiredLevel)
        .containsExactly(Tuple.tuple("Spark", 3, 2), Tuple.tuple("python", 2, 5));
    assertThat(blueprint.revision(1).technicalSkills().get(1).requiredLevel()).isEqualTo(5);
  }

  @Test
  void theSameDocumentAgainAfterAnOverrideMakesNoNewRevision() {
    RoleBlueprint blueprint = RoleBlueprint.draft(content(skill("SQL", Importance.CRITICAL)), T0);
    blueprint.requireLevel(1, 5, T1);

    BlueprintRevision same =
        blueprint.revise(content(skill("SQL", Importance.CRITICAL)), null, List.of(), T1);

    assertThat(same.number()).isEqualTo(1);
    assertThat(blueprint.revisions()).hasSize(1);
  }

  @Test
  void anOverrideShowsInTheRevisionDiff() {
    RoleBlueprint blueprint = RoleBlueprint.draft(content(skill("SQL", Importance.CRITICAL)), T0);
    BlueprintContent before = blueprint.latestRevision().content();
    blueprint.requireLevel(1, 5, T1);

    RevisionDiff diff = RevisionDiff.between(before, blueprint.latestRevision().content());

    assertThat(diff.changes())
        .extracting(RevisionDiff.Change::detail)
        .containsExactly("required level 4 → 5");
  }
}
