package org.cadre.services.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.services.testing.TestOrganisation.AFTER;
import static org.cadre.services.testing.TestOrganisation.HR;
import static org.cadre.services.testing.TestOrganisation.LEADER;
import static org.cadre.services.testing.TestOrganisation.NEXT;
import static org.cadre.services.testing.TestOrganisation.PLAT;
import static org.cadre.services.testing.TestOrganisation.SEC;
import static org.cadre.services.testing.TestOrganisation.SRE;

import java.util.List;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.testing.OrganisationTest;
import org.cadre.services.testing.TestOrganisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scenarios: copied from the baseline, compared with it, and promoted to it. */
class ScenarioServiceTest extends OrganisationTest {

  @BeforeEach
  void baseline() {
    organisation.plan(SRE, NEXT, null, "2");
    organisation.plan(SEC, AFTER, null, "1");
  }

  private ScenarioView create(Caller caller, String name) {
    return organisation.call(
        s -> s.scenarios().create(caller, name, "ENG-PLAT", NEXT.toString(), AFTER.toString()));
  }

  @Test
  void aScenarioCopiesTheBaselineComparesWithItAndIsPromotedToIt() {
    ScenarioView created = create(PLAT, "growth");
    assertThat(created.plans()).isEqualTo(2);
    List<ScenarioView> listed = organisation.call(s -> s.scenarios().list(PLAT));
    assertThat(listed).extracting(ScenarioView::name).containsExactly("growth");
    assertThat(
            organisation
                .call(s -> s.scenarios().compare(PLAT, "growth", null, null, null))
                .deltas())
        .as("a copy is the same as the baseline")
        .isEmpty();

    organisation.plan(SRE, NEXT, "growth", "5");
    ScenarioComparison comparison =
        organisation.call(s -> s.scenarios().compare(PLAT, "growth", null, null, null));
    assertThat(comparison.deltaFte()).isEqualByComparingTo("3");
    assertThat(comparison.deltaCost()).isEqualByComparingTo("300000");
    assertThat(comparison.deltas())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.orgUnit()).isEqualTo(SRE);
              assertThat(d.period()).isEqualTo(NEXT.toString());
              assertThat(d.baselineFte()).isEqualByComparingTo("2");
              assertThat(d.scenarioFte()).isEqualByComparingTo("5");
            });

    ScenarioView promoted = organisation.call(s -> s.scenarios().promote(PLAT, "growth"));
    assertThat(promoted.promotedBy()).isEqualTo("plat");
    PlanView baseline = organisation.call(s -> s.planning().plan(HR, SRE, NEXT.toString(), null));
    assertThat(baseline.totals().plannedFte()).isEqualByComparingTo("5");
    assertThat(baseline.status()).isEqualTo("DRAFT");
    assertThatThrownBy(() -> organisation.call(s -> s.scenarios().promote(PLAT, "growth")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("was promoted already");
  }

  @Test
  void aPromotionIsRefusedWholeWhileABaselinePlanAwaitsADecision() {
    create(HR, "what-if");
    organisation.plan(SEC, AFTER, "what-if", "4");
    organisation.call(
        s -> {
          PlanView sre = s.planning().plan(HR, SRE, NEXT.toString(), null);
          return s.planning().submit(HR, sre.id(), sre.revision());
        });

    assertThatThrownBy(() -> organisation.call(s -> s.scenarios().promote(HR, "what-if")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("nothing changed")
        .hasMessageContaining("awaits a decision");
    assertThat(
            organisation
                .call(s -> s.planning().plan(HR, SEC, AFTER.toString(), null))
                .totals()
                .plannedFte())
        .isEqualByComparingTo("1");
  }

  @Test
  void namesAreCheckedAndOnlyPlannersMakeScenarios() {
    create(PLAT, "taken");

    assertThatThrownBy(() -> create(PLAT, "taken")).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> create(PLAT, "Growth Plan!"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> create(LEADER, "leaders")).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                organisation.call(
                    s ->
                        s.scenarios()
                            .create(
                                TestOrganisation.DATA,
                                "elsewhere",
                                "ENG-PLAT",
                                NEXT.toString(),
                                AFTER.toString())))
        .isInstanceOf(AccessDeniedException.class);
  }
}
