package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.junit.jupiter.api.Test;

class DemoBlueprintsTest {

  @Test
  void coversSeveralFamiliesAndLevelsWithSkillsThatAllHaveAnImportance() {
    List<BlueprintContent> contents = DemoBlueprints.contents();

    assertThat(contents).hasSizeGreaterThanOrEqualTo(6);
    assertThat(contents.stream().map(BlueprintContent::family).distinct())
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(contents.stream().map(BlueprintContent::level).distinct())
        .hasSizeGreaterThanOrEqualTo(5);
    for (BlueprintContent content : contents) {
      assertThat(content.technicalSkills())
          .as(content.title())
          .hasSizeGreaterThanOrEqualTo(5)
          .allMatch(s -> s.importance().isPresent())
          .extracting(TechnicalSkill::name)
          .doesNotHaveDuplicates();
    }
  }
}
