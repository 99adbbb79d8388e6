package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.CareerDirection;
import org.cadre.domain.blueprint.CareerStep;
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
  void everyBlueprintHasAHiringScorecardWithAnchorsForItsInterviewKit() {
    for (BlueprintContent content :
        DemoBlueprints.library().stream().map(DemoBlueprint::content).toList()) {
      assertThat(content.scorecard()).as(content.title()).hasSize(3);
      assertThat(content.scorecard())
          .as(content.title())
          .allSatisfy(
              d ->
                  assertThat(d.anchors())
                      .containsOnlyKeys("Below the bar", "Meets the bar", "Above the bar"));
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

  @Test
  void nextRolesAreMoreSeniorBlueprintsOfTheLibraryInTheSameFamily() {
    Map<String, BlueprintContent> byTitle = new HashMap<>();
    DemoBlueprints.library().forEach(b -> byTitle.put(b.title(), b.content()));

    long withNext = byTitle.values().stream().filter(c -> !c.careerPath().isEmpty()).count();

    assertThat(withNext).isGreaterThanOrEqualTo(30);
    for (BlueprintContent content : byTitle.values()) {
      for (CareerStep step : content.careerPath()) {
        BlueprintContent next = byTitle.get(step.title());
        assertThat(next).as(content.title() + " -> " + step.title()).isNotNull();
        assertThat(step.direction()).isEqualTo(CareerDirection.NEXT);
        assertThat(next.family()).as(step.title()).isEqualTo(content.family());
        assertThat(next.level().rank()).as(step.title()).isGreaterThan(content.level().rank());
      }
    }
  }
}
