package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlatRowSplitterTest {

  @Test
  void splitsAtWordsThatStartAPhrase() {
    assertThat(
            FlatRowSplitter.split(
                "Lead time for fixes Days from report to release Customers feel the wait"
                    + " Under 5 days",
                4))
        .containsExactly(
            "Lead time for fixes",
            "Days from report to release",
            "Customers feel the wait",
            "Under 5 days");
  }

  @Test
  void startsCellsAtSymbolsAndDigitsButNotAfterJoiningWords() {
    assertThat(
            FlatRowSplitter.split(
                "Rework share % of tickets reopened within 30 days Reopened work hides cost ≥ 90%"
                    + " closed first time",
                4))
        .containsExactly(
            "Rework share",
            "% of tickets reopened within 30 days",
            "Reopened work hides cost",
            "≥ 90% closed first time");
  }

  @Test
  void treatsAcronymsAsBoundariesOnlyWhenCapitalisedWordsAreTooFew() {
    assertThat(
            FlatRowSplitter.split(
                "Queue health Messages waiting per consumer SLA breaches start here Fewer than 100",
                4))
        .containsExactly(
            "Queue health",
            "Messages waiting per consumer",
            "SLA breaches start here",
            "Fewer than 100");
  }

  @Test
  void keepsComparisonsWithAnAcronymInOneCell() {
    assertThat(
            FlatRowSplitter.split(
                "Error rate Failed requests per minute Users notice errors P1 RPS < 0.1%", 4))
        .containsExactly(
            "Error rate", "Failed requests per minute", "Users notice errors", "P1 RPS < 0.1%");
  }

  @Test
  void refusesWhenThereAreMoreCandidatesThanCells() {
    assertThat(
            FlatRowSplitter.split(
                "Release health Upgrades done on time Security posture Version current Patch level",
                4))
        .isNull();
  }

  @Test
  void ranksACapitalisedWordAfterANameBelowOtherStarts() {
    assertThat(
            FlatRowSplitter.split(
                "Upgrade currency Clusters on a supported version Security and support Kubernetes"
                    + " N-2 or newer",
                4))
        .containsExactly(
            "Upgrade currency",
            "Clusters on a supported version",
            "Security and support",
            "Kubernetes N-2 or newer");
  }

  @Test
  void startsAMeasureAtAPercentSignEvenAfterAnAcronym() {
    assertThat(
            FlatRowSplitter.split(
                "Patch SLA % of hosts patched within SLA Exposure shrinks Critical: < 7 days", 4))
        .containsExactly(
            "Patch SLA", "% of hosts patched within SLA", "Exposure shrinks", "Critical: < 7 days");
  }

  @Test
  void refusesWhenThereAreTooFewCandidates() {
    assertThat(FlatRowSplitter.split("uptime of the service measured monthly", 3)).isNull();
  }

  @Test
  void readsHeaderLabelsKeepingSlashedAlternativesTogether() {
    assertThat(
            FlatRowSplitter.headerLabels(
                "Area Tool, product, or service Main use Common / Optional"))
        .containsExactly("Area", "Tool, product, or service", "Main use", "Common / Optional");
    assertThat(FlatRowSplitter.headerLabels("Dimension What 5 looks like What 1 looks like"))
        .containsExactly("Dimension", "What 5 looks like", "What 1 looks like");
  }
}
