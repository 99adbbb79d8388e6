package org.cadre.services.blueprint.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolRowSplitterTest {

  @Test
  void splitsCategoryToolAndUse() {
    assertThat(
            ToolRowSplitter.split(
                "Infrastructure as Code OpenTofu Reusable modules, remote state", true))
        .containsExactly("Infrastructure as Code", "OpenTofu", "Reusable modules, remote state");
  }

  @Test
  void keepsLowerCaseNamesAfterASlashInTheTool() {
    assertThat(ToolRowSplitter.split("Containers Podman / buildah Image builds on laptops", true))
        .containsExactly("Containers", "Podman / buildah", "Image builds on laptops");
  }

  @Test
  void endsTheToolAtAHyphenatedWord() {
    assertThat(
            ToolRowSplitter.split("Cloud-native IaC Crossplane Provider-managed resources", true))
        .containsExactly("Cloud-native IaC", "Crossplane", "Provider-managed resources");
    assertThat(ToolRowSplitter.split("Paging Opsgenie On-call rotations and routing", true))
        .containsExactly("Paging", "Opsgenie", "On-call rotations and routing");
  }

  @Test
  void startsTheUseAtAListAfterSlashedNames() {
    assertThat(ToolRowSplitter.split("Automation / scripting Ruby / Perl Glue, data fixes", true))
        .containsExactly("Automation / scripting", "Ruby / Perl", "Glue, data fixes");
  }

  @Test
  void splitsWithoutACategoryColumn() {
    assertThat(ToolRowSplitter.split("Grafana Tempo (self-hosted) Trace storage and search", false))
        .containsExactly("Grafana Tempo (self-hosted)", "Trace storage and search");
  }

  @Test
  void refusesWhenTheBoundaryIsUnclear() {
    assertThat(ToolRowSplitter.split("Documentation Notion / Markdown notes in Git Runbooks", true))
        .isNull();
    assertThat(ToolRowSplitter.split("Clusters kubectl Cluster administration", true)).isNull();
  }
}
