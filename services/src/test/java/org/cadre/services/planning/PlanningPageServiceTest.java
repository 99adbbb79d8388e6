package org.cadre.services.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.services.testing.TestOrganisation.HR;
import static org.cadre.services.testing.TestOrganisation.NEXT;
import static org.cadre.services.testing.TestOrganisation.PLAT;
import static org.cadre.services.testing.TestOrganisation.SEC;
import static org.cadre.services.testing.TestOrganisation.SRE;

import java.time.LocalDate;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.planning.Quarter;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.testing.OrganisationTest;
import org.junit.jupiter.api.Test;

/** The planning page's one read: what it shows, and what it fills in when the address says less. */
class PlanningPageServiceTest extends OrganisationTest {

  private PlanningPageView page(Caller caller, String unit, String scenario, String period) {
    return organisation.call(
        s ->
            s.planningPages()
                .page(caller, new PlanningPageQuery(unit, scenario, null, null, period)));
  }

  @Test
  void anAddressWithoutPartsShowsTheFirstUnitsBaselineFromTheCurrentQuarterForFour() {
    Quarter current = Quarter.containing(LocalDate.now());

    PlanningPageView page = page(PLAT, null, null, null);

    assertThat(page.units())
        .extracting(UnitOptionView::code, UnitOptionView::depth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ENG-PLAT", 0),
            org.assertj.core.groups.Tuple.tuple(SEC, 1),
            org.assertj.core.groups.Tuple.tuple(SRE, 1));
    assertThat(page.unit()).isEqualTo("ENG-PLAT");
    assertThat(page.scenario()).isEqualTo("baseline");
    assertThat(page.from()).isEqualTo(current.toString());
    assertThat(page.to()).isEqualTo(current.next().next().next().toString());
    assertThat(page.period()).isEqualTo(current.toString());
    assertThat(page.plans())
        .extracting(PlanView::period)
        .containsExactly(
            current.toString(),
            current.next().toString(),
            current.next().next().toString(),
            current.next().next().next().toString());
    assertThat(page.plans()).allSatisfy(plan -> assertThat(plan.id()).isNull());
    assertThat(page.rollUp().quarters()).hasSize(4);
    assertThat(page.rollUp().quarters().get(0).units())
        .extracting(UnitHeadcountView::code)
        .containsExactly("ENG-PLAT", SEC, SRE);
    assertThat(page.history()).isEmpty();
    assertThat(page.comparison()).isNull();
  }

  @Test
  void theSelectedQuartersPlanBringsItsHistoryAndAScenarioItsComparison() {
    organisation.plan(SRE, NEXT, null, "2");
    organisation.call(
        s -> s.scenarios().create(HR, "growth", SRE, NEXT.toString(), NEXT.toString()));

    PlanningPageView baseline = page(PLAT, SRE, null, NEXT.toString());
    PlanningPageView scenario = page(PLAT, SRE, "growth", NEXT.toString());

    assertThat(baseline.period()).isEqualTo(NEXT.toString());
    assertThat(baseline.plans().get(1).id()).isNotNull();
    assertThat(baseline.history()).extracting(PlanEventView::action).contains("Created", "Changed");
    assertThat(baseline.scenarios()).extracting(ScenarioView::name).containsExactly("growth");
    assertThat(scenario.scenario()).isEqualTo("growth");
    assertThat(scenario.plans().get(1).id()).isNotEqualTo(baseline.plans().get(1).id());
    assertThat(scenario.comparison()).isNotNull();
    assertThat(scenario.comparison().deltas()).isEmpty();
  }

  @Test
  void aUnitOutsideTheScopeIsRefusedAndAManagerOfNoUnitHasAnEmptyPage() {
    assertThatThrownBy(() -> page(PLAT, "ENG-DATA", null, null))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> page(PLAT, "NOPE", null, null)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> page(PLAT, SRE, "no-such-scenario", null))
        .isInstanceOf(InvalidInputException.class);

    PlanningPageView empty = page(new Caller("nobody", Set.of(Role.MANAGER)), null, null, null);
    assertThat(empty.units()).isEmpty();
    assertThat(empty.plans()).isEmpty();
  }
}
