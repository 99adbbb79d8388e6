package org.cadre.domain.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleBlueprintTest {

  private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");
  private static final Instant T1 = Instant.parse("2026-02-05T10:00:00Z");

  private static BlueprintContent content(String summary, Importance importance) {
    return BlueprintContent.of(
        "Senior Data Engineer",
        "Data",
        Level.SENIOR,
        Track.INDIVIDUAL_CONTRIBUTOR,
        summary,
        List.of(
            new TechnicalSkill(
                SkillTier.MUST_HAVE, "SQL", "Query design", "Daily", importance, "Critical")));
  }

  @Test
  void draftStartsWithOneLatestDraftRevision() {
    RoleBlueprint blueprint = RoleBlueprint.draft(content("Builds pipelines", null), T0);

    assertThat(blueprint.roleKey()).isEqualTo("senior data engineer");
    assertThat(blueprint.revisions()).hasSize(1);
    BlueprintRevision first = blueprint.latestRevision();
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.status()).isEqualTo(BlueprintStatus.DRAFT);
    assertThat(first.isLatest()).isTrue();
    assertThat(blueprint.publishedRevision()).isEmpty();
  }

  @Test
  void revisingWithTheSameContentChangesNothing() {
    RoleBlueprint blueprint =
        RoleBlueprint.draft(content("Builds pipelines", Importance.CRITICAL), T0);

    BlueprintRevision same =
        blueprint.revise(content("Builds pipelines", Importance.CRITICAL), null, List.of(), T1);

    assertThat(same.number()).isEqualTo(1);
    assertThat(blueprint.revisions()).hasSize(1);
  }

  @Test
  void revisingWithChangedContentDraftsTheNextRevision() {
    RoleBlueprint blueprint =
        RoleBlueprint.draft(content("Builds pipelines", Importance.CRITICAL), T0);

    BlueprintRevision next =
        blueprint.revise(content("Builds pipelines", Importance.OPTIONAL), null, List.of(), T1);

    assertThat(next.number()).isEqualTo(2);
    assertThat(next.isLatest()).isTrue();
    assertThat(blueprint.revision(1).isLatest()).isFalse();
    assertThat(blueprint.latestRevision()).isSameAs(next);
  }

  @Test
  void publishingANewerRevisionSupersedesThePublishedOne() {
    RoleBlueprint blueprint = RoleBlueprint.draft(content("v1", null), T0);
    blueprint.publish(1, T0);
    blueprint.revise(content("v2", null), null, List.of(), T1);

    blueprint.publish(2, T1);

    assertThat(blueprint.revision(1).status()).isEqualTo(BlueprintStatus.SUPERSEDED);
    assertThat(blueprint.publishedRevision()).map(BlueprintRevision::number).contains(2);
    assertThat(blueprint.revision(2).publishedAt()).contains(T1);
  }

  @Test
  void aPublishedRevisionCannotBePublishedAgain() {
    RoleBlueprint blueprint = RoleBlueprint.draft(content("v1", null), T0);
    blueprint.publish(1, T0);

    assertThatThrownBy(() -> blueprint.publish(1, T1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("revision 1 is published, not a draft");
  }

  @Test
  void contentRejectsAMissingTitleAndOverlongText() {
    assertThatThrownBy(
            () ->
                BlueprintContent.of(" ", null, null, Track.INDIVIDUAL_CONTRIBUTOR, null, List.of()))
        .hasMessage("title is required");
    assertThatThrownBy(
            () ->
                BlueprintContent.of("x".repeat(201), null, null, Track.MANAGEMENT, null, List.of()))
        .hasMessage("title is 201 characters long; at most 200 are allowed");
  }
}
