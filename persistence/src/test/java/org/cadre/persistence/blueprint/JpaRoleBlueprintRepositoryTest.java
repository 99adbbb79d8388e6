package org.cadre.persistence.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.BlueprintSearch;
import org.cadre.domain.blueprint.BlueprintSearch.Sort;
import org.cadre.domain.blueprint.BlueprintStatus;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class JpaRoleBlueprintRepositoryTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:30:15.123Z");

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  private static BlueprintContent content(
      String title, String family, Level level, String summary) {
    return BlueprintContent.of(
        title,
        family,
        level,
        Track.INDIVIDUAL_CONTRIBUTOR,
        summary,
        List.of(
            new TechnicalSkill(
                SkillTier.MUST_HAVE,
                "Kubernetes operations",
                "Runs clusters",
                "Every day",
                Importance.CRITICAL,
                "Critical"),
            new TechnicalSkill(SkillTier.EMERGING, "eBPF tooling", null, null, null, "Expert")));
  }

  private long storePublished(BlueprintContent content) {
    return jpa.inTransaction(
        em -> {
          RoleBlueprint blueprint = RoleBlueprint.draft(content, NOW);
          blueprint.publish(1, NOW);
          new JpaRoleBlueprintRepository(em).store(blueprint);
          return blueprint.id();
        });
  }

  private Page<BlueprintRevision> search(BlueprintSearch search, int page, int size) {
    return jpa.inTransaction(
        em -> new JpaRoleBlueprintRepository(em).search(search, new PageRequest(page, size)));
  }

  private List<String> titles(Page<BlueprintRevision> page) {
    return page.items().stream().map(BlueprintRevision::title).toList();
  }

  @Test
  void storesAndReloadsABlueprintWithItsSkillsInOrder() {
    long id = storePublished(content("Senior Platform Engineer", "Engineering", Level.SENIOR, "s"));

    BlueprintRevision loaded =
        jpa.inTransaction(
            em -> {
              BlueprintRevision r =
                  new JpaRoleBlueprintRepository(em).find(id).orElseThrow().latestRevision();
              r.technicalSkills();
              return r;
            });

    assertThat(loaded.title()).isEqualTo("Senior Platform Engineer");
    assertThat(loaded.status()).isEqualTo(BlueprintStatus.PUBLISHED);
    assertThat(loaded.level()).contains(Level.SENIOR);
    assertThat(loaded.publishedAt()).contains(NOW.truncatedTo(ChronoUnit.MICROS));
    assertThat(loaded.technicalSkills())
        .extracting(TechnicalSkill::name)
        .containsExactly("Kubernetes operations", "eBPF tooling");
    assertThat(loaded.technicalSkills().get(0).importance()).contains(Importance.CRITICAL);
    assertThat(loaded.technicalSkills().get(1).importance()).isEmpty();
    assertThat(loaded.technicalSkills().get(1).importanceText()).isEqualTo("Expert");
  }

  @Test
  void searchesTitleAndSummaryIgnoringCaseAndFiltersByFamily() {
    storePublished(content("Senior Platform Engineer", "Engineering", Level.SENIOR, "Clusters"));
    storePublished(content("Lead Data Engineer", "Data", Level.LEAD, "Pipelines and platform"));
    storePublished(content("Product Manager", "Product", Level.MANAGER, "Roadmaps"));

    assertThat(
            titles(search(new BlueprintSearch("PLATFORM", null, false, Sort.TITLE, false), 0, 10)))
        .containsExactly("Lead Data Engineer", "Senior Platform Engineer");
    assertThat(titles(search(new BlueprintSearch("platform", "Data", false, null, false), 0, 10)))
        .containsExactly("Lead Data Engineer");
    List<String> families = jpa.inTransaction(em -> new JpaRoleBlueprintRepository(em).families());
    assertThat(families).containsExactly("Data", "Engineering", "Product");
  }

  @Test
  void treatsWildcardsInTheSearchTextLiterally() {
    storePublished(content("Senior Platform Engineer", "Engineering", Level.SENIOR, "100% uptime"));
    storePublished(content("Lead Data Engineer", "Data", Level.LEAD, "Pipelines"));

    assertThat(titles(search(new BlueprintSearch("100%", null, false, null, false), 0, 10)))
        .containsExactly("Senior Platform Engineer");
    assertThat(search(new BlueprintSearch("_", null, false, null, false), 0, 10).total()).isZero();
  }

  @Test
  void sortsLevelsBySeniorityAndPages() {
    storePublished(content("Principal Engineer", "Engineering", Level.PRINCIPAL, null));
    storePublished(content("Junior Engineer", "Engineering", Level.JUNIOR, null));
    storePublished(content("Staff Engineer", "Engineering", Level.STAFF, null));
    storePublished(content("Senior Engineer", "Engineering", Level.SENIOR, null));

    Page<BlueprintRevision> first =
        search(new BlueprintSearch(null, null, false, Sort.LEVEL, false), 0, 3);
    Page<BlueprintRevision> second =
        search(new BlueprintSearch(null, null, false, Sort.LEVEL, false), 1, 3);
    Page<BlueprintRevision> descending =
        search(new BlueprintSearch(null, null, false, Sort.LEVEL, true), 0, 1);

    assertThat(titles(first))
        .containsExactly("Junior Engineer", "Senior Engineer", "Staff Engineer");
    assertThat(titles(second)).containsExactly("Principal Engineer");
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.totalPages()).isEqualTo(2);
    assertThat(titles(descending)).containsExactly("Principal Engineer");
  }

  @Test
  void listsTheLatestRevisionForHrAndThePublishedOneForEveryoneElse() {
    long id =
        storePublished(content("Senior Platform Engineer", "Engineering", Level.SENIOR, "v1"));
    jpa.run(
        em -> {
          RoleBlueprint blueprint = new JpaRoleBlueprintRepository(em).find(id).orElseThrow();
          blueprint.revise(
              content("Senior Platform Engineer", "Engineering", Level.SENIOR, "v2"),
              null,
              List.of(),
              NOW);
        });
    jpa.run(
        em ->
            new JpaRoleBlueprintRepository(em)
                .store(RoleBlueprint.draft(content("Draft Only", "Data", null, null), NOW)));

    Page<BlueprintRevision> latest =
        search(new BlueprintSearch(null, null, false, null, false), 0, 10);
    Page<BlueprintRevision> published =
        search(new BlueprintSearch(null, null, true, null, false), 0, 10);

    assertThat(latest.items())
        .extracting(BlueprintRevision::title, BlueprintRevision::number, BlueprintRevision::status)
        .containsExactly(
            tuple("Draft Only", 1, BlueprintStatus.DRAFT),
            tuple("Senior Platform Engineer", 2, BlueprintStatus.DRAFT));
    assertThat(published.items())
        .extracting(BlueprintRevision::title, BlueprintRevision::number)
        .containsExactly(tuple("Senior Platform Engineer", 1));
  }
}
