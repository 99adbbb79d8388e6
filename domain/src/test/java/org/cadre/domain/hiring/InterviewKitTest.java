package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.ScorecardDimension;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.junit.jupiter.api.Test;

class InterviewKitTest {

  @Test
  void theKitHasTheScorecardDimensionsWithAnchorsAndTheMustHaveSkillsWithRequiredLevels() {
    Map<String, String> anchors = new LinkedHashMap<>();
    anchors.put("Below bar", "Needs help with upgrades");
    anchors.put("Meets bar", "Upgrades a cluster alone");
    BlueprintContent content =
        new BlueprintContent(
            "Senior Platform Engineer",
            "Engineering",
            Level.SENIOR,
            Track.INDIVIDUAL_CONTRIBUTOR,
            null,
            List.of(
                new TechnicalSkill(
                    SkillTier.MUST_HAVE,
                    "Kubernetes",
                    "Operations",
                    null,
                    Importance.CRITICAL,
                    null),
                new TechnicalSkill(
                    SkillTier.GOOD_TO_HAVE, "Go", null, null, Importance.OPTIONAL, null),
                new TechnicalSkill(SkillTier.MUST_HAVE, "Terraform", null, null, null, null)),
            List.of(),
            List.of(),
            List.of(),
            List.of(new ScorecardDimension("Technical depth", anchors)),
            List.of(),
            null,
            List.of(),
            List.of());
    BlueprintRevision revision =
        RoleBlueprint.draft(content, Instant.parse("2027-01-01T00:00:00Z")).latestRevision();

    InterviewKit kit = InterviewKit.of(revision);

    assertThat(kit.items())
        .extracting(i -> i.kind() + " " + i.name() + " " + i.requiredLevel())
        .containsExactly(
            "DIMENSION Technical depth null", "SKILL Kubernetes 4", "SKILL Terraform 3");
    assertThat(kit.items().get(0).anchors()).containsExactlyEntriesOf(anchors);
  }
}
