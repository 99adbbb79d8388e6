package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.services.demo.DemoBlueprints.DemoBlueprint;
import org.junit.jupiter.api.Test;

class DemoBlueprintsTest {

  @Test
  void coversSeveralFamiliesAndLevelsWithSkillsThatAllHaveAnImportance() {
    List<BlueprintContent> contents =
        DemoBlueprints.library().stream().map(DemoBlueprint::content).toList();

    assertThat(contents).extracting(BlueprintContent::title).doesNotHaveDuplicates();
    assertThat(contents.stream().map(BlueprintContent::family).distinct())
        .hasSizeGreaterThanOrEqualTo(7);
    assertThat(contents.stream().map(BlueprintContent::level).distinct())
        .hasSizeGreaterThanOrEqualTo(8);
    for (BlueprintContent content : contents) {
      assertThat(content.technicalSkills())
          .as(content.title())
          .hasSizeGreaterThanOrEqualTo(5)
          .allMatch(s -> s.importance().isPresent())
          .extracting(TechnicalSkill::name)
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void everyBlueprintCostsAYearOfAFullTimePostAndSeniorityCostsMoreWithinAFamily() {
    List<DemoBlueprint> library = DemoBlueprints.library();

    assertThat(library)
        .allSatisfy(
            b ->
                assertThat(b.annualCost())
                    .as(b.title())
                    .isBetween(new BigDecimal("30000"), new BigDecimal("300000")));
    for (DemoBlueprint junior : library) {
      for (DemoBlueprint senior : library) {
        if (junior.content().family().equals(senior.content().family())
            && junior.content().track() == senior.content().track()
            && junior.content().level().rank() < senior.content().level().rank()) {
          assertThat(junior.annualCost())
              .as(junior.title() + " below " + senior.title())
              .isLessThan(senior.annualCost());
        }
      }
    }
  }
}
