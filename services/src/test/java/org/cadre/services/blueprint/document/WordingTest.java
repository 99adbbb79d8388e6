package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.SkillTier;
import org.junit.jupiter.api.Test;

class WordingTest {

  @Test
  void importanceIsTheFirstImportanceWordOfTheWording() {
    assertThat(Wording.importance("Critical")).isEqualTo(Importance.CRITICAL);
    assertThat(Wording.importance("Important to Critical depending on org"))
        .isEqualTo(Importance.IMPORTANT);
    assertThat(Wording.importance("Optional → Important later")).isEqualTo(Importance.OPTIONAL);
    assertThat(Wording.importance("context-dependent (regulated firms)"))
        .isEqualTo(Importance.CONTEXT_SPECIFIC);
    assertThat(Wording.importance("Optional today; growing importance"))
        .isEqualTo(Importance.OPTIONAL);
    assertThat(Wording.importance("Expert")).isNull();
    assertThat(Wording.importance(null)).isNull();
  }

  @Test
  void commonalityIsTheFirstCommonalityWord() {
    assertThat(Wording.commonality("Optional (Common in larger firms)"))
        .isEqualTo(Commonality.OPTIONAL);
    assertThat(Wording.commonality("Context-specific")).isEqualTo(Commonality.CONTEXT_SPECIFIC);
    assertThat(Wording.commonality("Common (pick one)")).isEqualTo(Commonality.COMMON);
    assertThat(Wording.commonality("Rare")).isNull();
  }

  @Test
  void findsCommonalitiesAtTheEndOfARow() {
    assertThat(Wording.trailingCommonality("Paging Opsgenie On-call rotations Common").text())
        .isEqualTo("Common");
    assertThat(
            Wording.trailingCommonality("Wiki Notion Shared notes Optional for small teams").text())
        .isEqualTo("Optional for small teams");
    assertThat(
            Wording.trailingCommonality(
                    "Scans Trivy Image checks Optional/Context-specific (regulated)")
                .text())
        .isEqualTo("Optional/Context-specific (regulated)");
    assertThat(Wording.trailingCommonality("Scans Trivy Image checks")).isNull();
  }

  @Test
  void tierComesFromTheSubHeading() {
    assertThat(Wording.tier("Must-have technical skills")).isEqualTo(SkillTier.MUST_HAVE);
    assertThat(Wording.tier("Nice to have")).isEqualTo(SkillTier.GOOD_TO_HAVE);
    assertThat(Wording.tier("Advanced or expert-level technical skills"))
        .isEqualTo(SkillTier.ADVANCED);
    assertThat(Wording.tier("Emerging future skills (next 3 years)")).isEqualTo(SkillTier.EMERGING);
    assertThat(Wording.tier("Skill notes")).isNull();
  }

  @Test
  void findsFrequenciesAtTheEndOfARow() {
    assertThat(
            Wording.trailingFrequency("Lead time Days to release Under 5 days Weekly / Monthly")
                .text())
        .isEqualTo("Weekly / Monthly");
    assertThat(
            Wording.trailingFrequency(
                    "Escapes Bugs per release Fewer than 3 per release Per sprint")
                .text())
        .isEqualTo("Per sprint");
    assertThat(Wording.trailingFrequency("Pages Alerts per shift Fewer than 5 Hourly").text())
        .isEqualTo("Hourly");
    assertThat(
            Wording.trailingFrequency("Reviews Review delay Under a day Per PR / Monthly review")
                .text())
        .isEqualTo("Per PR / Monthly review");
    assertThat(Wording.trailingFrequency("Escapes Bugs per release Fewer than 3")).isNull();
    String longRow = "Uptime " + "monthly / ".repeat(20_000) + "Share of minutes up Weekly";
    assertThat(Wording.trailingFrequency(longRow))
        .isEqualTo(new Wording.Trailing(longRow.length() - "Weekly".length(), "Weekly"));
    assertThat(Wording.trailingFrequency("Load Peak traffic Headroom Every 2 weeks").text())
        .isEqualTo("Every 2 weeks");
    assertThat(
            Wording.trailingFrequency("Load Peak traffic Headroom Weekly (ops), Monthly (exec)")
                .text())
        .isEqualTo("Weekly (ops), Monthly (exec)");
    assertThat(
            Wording.trailingFrequency("Load Peak traffic Headroom Monthly + after incidents")
                .text())
        .isEqualTo("Monthly + after incidents");
    assertThat(Wording.trailingFrequency("Audit Findings Zero repeats Twice a year").text())
        .isEqualTo("Twice a year");
    assertThat(Wording.trailingFrequency("Drills Restores tested Pass Release-based").text())
        .isEqualTo("Release-based");
  }

  @Test
  void recognisesGoalHorizons() {
    assertThat(Wording.isHorizon("30-day goals (listen first)")).isTrue();
    assertThat(Wording.isHorizon("6-month milestones")).isTrue();
    assertThat(Wording.isHorizon("Long-term impact goals")).isTrue();
    assertThat(Wording.isHorizon("Role success definition")).isFalse();
    assertThat(Wording.isHorizon("First 90 days")).isTrue();
    assertThat(Wording.isHorizon("By day 90")).isTrue();
    assertThat(Wording.isHorizon("Months 4–6")).isTrue();
    assertThat(Wording.isHorizon("Month six")).isTrue();
    assertThat(Wording.isHorizon("Year one")).isTrue();
    assertThat(Wording.isHorizon("Q3 priorities")).isTrue();
    assertThat(Wording.isHorizon("Second quarter")).isTrue();
    assertThat(Wording.isHorizon("18–36 months, depending on org")).isTrue();
    assertThat(Wording.isHorizon("What high performance looks like")).isFalse();
    assertThat(Wording.isHorizon("Quality bar")).isFalse();
  }

  @Test
  void tellsTierHeadingsFromSkillsNamedWithATierWord() {
    assertThat(Wording.tierHeading("Core technical skills")).isEqualTo(SkillTier.MUST_HAVE);
    assertThat(Wording.tierHeading("Nice to have")).isEqualTo(SkillTier.GOOD_TO_HAVE);
    assertThat(Wording.tierHeading("Emerging")).isEqualTo(SkillTier.EMERGING);
    assertThat(Wording.tierHeading("Preferred (not required)")).isEqualTo(SkillTier.GOOD_TO_HAVE);
    assertThat(Wording.tierHeading("Advanced SQL")).isNull();
    assertThat(Wording.tierHeading("Core Java")).isNull();
  }

  @Test
  void recognisesSectionsWhateverTheirWording() {
    assertThat(SectionKind.of("What You Will Do")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(SectionKind.of("Key Accountabilities")).isEqualTo(SectionKind.RESPONSIBILITIES);
    assertThat(SectionKind.of("A Day in the Life")).isEqualTo(SectionKind.ACTIVITIES);
    assertThat(SectionKind.of("Success Measures")).isEqualTo(SectionKind.KPIS);
    assertThat(SectionKind.of("Key Performance Indicators")).isEqualTo(SectionKind.KPIS);
    assertThat(SectionKind.of("Technical Knowledge")).isEqualTo(SectionKind.TECHNICAL_SKILLS);
    assertThat(SectionKind.of("Interpersonal and People Skills"))
        .isEqualTo(SectionKind.SOFT_SKILLS);
    assertThat(SectionKind.of("Technologies and Platforms")).isEqualTo(SectionKind.TOOLS);
    assertThat(SectionKind.of("Typical Background")).isEqualTo(SectionKind.EXPERIENCE);
    assertThat(SectionKind.of("Growth and Progression")).isEqualTo(SectionKind.CAREER_PATH);
    assertThat(SectionKind.of("30-60-90 Day Plan")).isEqualTo(SectionKind.GOALS);
    assertThat(SectionKind.of("Candidate Assessment")).isEqualTo(SectionKind.HIRING);
    assertThat(SectionKind.of("Interview Scorecard")).isEqualTo(SectionKind.SCORECARD);
    assertThat(SectionKind.of("Final Role Scorecard Summary")).isEqualTo(SectionKind.OTHER);
    assertThat(SectionKind.of("Typical Tech Stack / Environment")).isEqualTo(SectionKind.OTHER);
    assertThat(SectionKind.of("Decision Rights and Scope of Authority"))
        .isEqualTo(SectionKind.OTHER);
  }
}
