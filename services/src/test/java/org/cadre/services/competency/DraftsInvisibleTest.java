package org.cadre.services.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.services.competency.SmallOrganisation.HR;
import static org.cadre.services.competency.SmallOrganisation.LEADER;
import static org.cadre.services.competency.SmallOrganisation.MANAGER;
import static org.cadre.services.competency.SmallOrganisation.required;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Importance;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.people.EmployeeView;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Security probe, finding 1 (issue 15): managers and leadership saw draft blueprints through the
 * competency catalogue (the titles using a competency, the skills only drafts have, the counts) and
 * through the people and plans they read. Unpublished revisions are HR's alone, everywhere.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DraftsInvisibleTest {

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private SmallOrganisation org;
  private long drafted;

  /**
   * The draft-only "Secret Role" requires Go; Platform Engineer's published revision has a draft
   * revision 2, retitled, that adds the new competency "Rust".
   */
  @BeforeEach
  void organisation() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    org = new SmallOrganisation(jpa);
    org.draftNext(
        org.platform,
        "Platform Engineer II",
        required("Kubernetes", Importance.CRITICAL),
        required("Rust", Importance.CRITICAL));
    drafted =
        jpa.inTransaction(em -> Services.on(em).competencies().search(HR, "rust", 0, 5))
            .items()
            .get(0)
            .id();
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  private <T> T catalogue(Function<CompetencyService, T> call) {
    return jpa.inTransaction(em -> call.apply(Services.on(em).competencies()));
  }

  /** The titles of the blueprints the catalogue says use a competency. */
  private List<String> usedBy(Caller caller, long competency) {
    return catalogue(s -> s.blueprints(caller, competency));
  }

  @Test
  void theCatalogueShowsReadersOnlyWhatPublishedRevisionsSay() {
    for (Caller reader : List.of(MANAGER, LEADER)) {
      assertThat(catalogue(s -> s.search(reader, null, 0, 50)).items())
          .extracting(CompetencyView::name)
          .as(reader.username())
          .containsExactly("Go", "Kubernetes", "Terraform");
      assertThat(catalogue(s -> s.search(reader, "rust", 0, 50)).total()).isZero();
      assertThatThrownBy(() -> catalogue(s -> s.get(reader, drafted)))
          .isInstanceOf(NotFoundException.class)
          .hasMessage("There is no competency " + drafted + " in the catalogue.");
      assertThatThrownBy(() -> catalogue(s -> s.blueprints(reader, drafted)))
          .isInstanceOf(NotFoundException.class);
      long go = org.competencies.get("Go");
      assertThat(usedBy(reader, go)).containsExactly("Lead Platform Engineer", "Platform Engineer");
      assertThat(catalogue(s -> s.get(reader, go)).blueprintCount()).isEqualTo(2);
    }
  }

  @Test
  void hrStillSeesTheDraftsInTheCatalogue() {
    long go = org.competencies.get("Go");

    assertThat(catalogue(s -> s.search(HR, null, 0, 50)).items())
        .extracting(CompetencyView::name)
        .containsExactly("Go", "Kubernetes", "Rust", "Terraform");
    assertThat(usedBy(HR, go)).containsExactly("Lead Platform Engineer", "Secret Role");
    assertThat(usedBy(HR, drafted)).containsExactly("Platform Engineer II");
  }

  @Test
  void peopleAndPlansNameBlueprintsByTheirPublishedRevisions() {
    EmployeeView e1 =
        jpa.inTransaction(em -> Services.on(em).organisation().employee(MANAGER, "E1"));
    assertThat(e1.blueprintTitle()).isEqualTo("Platform Engineer");
    Map<Long, BlueprintName> planned = planned();
    assertThat(planned.get(org.platform).title()).isEqualTo("Platform Engineer");
    assertThat(planned).doesNotContainKey(org.secret);
  }

  private Map<Long, BlueprintName> planned() {
    return jpa.inTransaction(em -> Services.on(em).planningData().blueprintNames());
  }
}
