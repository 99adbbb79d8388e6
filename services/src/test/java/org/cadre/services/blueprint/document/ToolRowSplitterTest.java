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
  void readsLowerCaseToolNamesThatTheCategoryWouldOtherwiseTake() {
    assertThat(ToolRowSplitter.split("Clusters kubectl Cluster administration", true))
        .containsExactly("Clusters", "kubectl", "Cluster administration");
    assertThat(
            ToolRowSplitter.split(
                "Kubernetes tooling kubectl / k9s Inspecting live clusters", true))
        .containsExactly("Kubernetes tooling", "kubectl / k9s", "Inspecting live clusters");
    assertThat(ToolRowSplitter.split("Command line jq JSON filtering in scripts", true))
        .containsExactly("Command line", "jq", "JSON filtering in scripts");
  }

  @Test
  void letsANameGoOnInLowerCaseAndThroughAJoiningWord() {
    assertThat(
            ToolRowSplitter.split(
                "Documentation Notion / Markdown notes in Git Runbooks and how-tos", true))
        .containsExactly("Documentation", "Notion / Markdown notes in Git", "Runbooks and how-tos");
    assertThat(
            ToolRowSplitter.split(
                "Identity Cloud IAM + OIDC workload identity Least-privilege access for jobs",
                true))
        .containsExactly(
            "Identity", "Cloud IAM + OIDC workload identity", "Least-privilege access for jobs");
    assertThat(
            ToolRowSplitter.split(
                "Supply chain SBOM tooling (Syft, CycloneDX) SBOM generation and storage", true))
        .containsExactly(
            "Supply chain", "SBOM tooling (Syft, CycloneDX)", "SBOM generation and storage");
  }

  @Test
  void startsTheUseAfterTheToolsParenthesisEvenInLowerCase() {
    assertThat(
            ToolRowSplitter.split(
                "Networking Service mesh (Istio/Linkerd) mTLS, retries, traffic shifting", true))
        .containsExactly(
            "Networking", "Service mesh (Istio/Linkerd)", "mTLS, retries, traffic shifting");
  }

  @Test
  void refusesWhenACellWouldBeEmpty() {
    assertThat(ToolRowSplitter.split("Documentation Notion / Markdown", true)).isNull();
    assertThat(ToolRowSplitter.split("Scripting bash / jq", true)).isNull();
    assertThat(ToolRowSplitter.split("Observability", true)).isNull();
  }
}
