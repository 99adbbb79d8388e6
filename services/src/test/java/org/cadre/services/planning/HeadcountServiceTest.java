package org.cadre.services.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cadre.services.testing.TestOrganisation.AFTER;
import static org.cadre.services.testing.TestOrganisation.HR;
import static org.cadre.services.testing.TestOrganisation.LEADER;
import static org.cadre.services.testing.TestOrganisation.NEXT;
import static org.cadre.services.testing.TestOrganisation.PLAT;
import static org.cadre.services.testing.TestOrganisation.SEC;
import static org.cadre.services.testing.TestOrganisation.SRE;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.testing.OrganisationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Headcount rolled up the tree, for a unit's subtree and for the overview, within the scope. */
class HeadcountServiceTest extends OrganisationTest {

  @BeforeEach
  void plans() {
    // the Site Reliability team plans 3 engineers in the next quarter, Security 1 in both
    organisation.plan(SRE, NEXT, null, "3");
    organisation.plan(SEC, NEXT, null, "1");
    organisation.plan(SEC, AFTER, null, "1");
    organisation.call(
        s ->
            s.planningRates().setBudget(HR, "ENG-PLAT", NEXT.toString(), new BigDecimal("500000")));
  }

  @Test
  void aSubtreeRollsUpByQuarterWithItsUnitsBelowAndItsBudget() {
    HeadcountView rollUp =
        organisation.call(
            s -> s.headcount().rollUp(PLAT, "ENG-PLAT", NEXT.toString(), AFTER.toString(), null));

    assertThat(rollUp.orgUnitName()).isEqualTo("Platform");
    QuarterHeadcountView next = rollUp.quarters().get(0);
    assertThat(next.period()).isEqualTo(NEXT.toString());
    assertThat(next.totals().plannedFte()).isEqualByComparingTo("4");
    assertThat(next.totals().actualFte())
        .as("the people in post in SRE")
        .isEqualByComparingTo("2.5");
    assertThat(next.totals().annualCost()).isEqualByComparingTo("400000");
    assertThat(next.totals().budget()).isEqualByComparingTo("500000");
    assertThat(next.units())
        .extracting(UnitHeadcountView::code, UnitHeadcountView::status)
        .containsExactly(tuple("ENG-PLAT", "NONE"), tuple(SEC, "DRAFT"), tuple(SRE, "DRAFT"));
    assertThat(next.blueprints())
        .extracting(SeatView::level, seat -> seat.plannedFte().stripTrailingZeros().toPlainString())
        .containsExactly(tuple("LEAD", "0"), tuple("SENIOR", "4"));
    QuarterHeadcountView after = rollUp.quarters().get(1);
    assertThat(after.totals().plannedFte()).isEqualByComparingTo("1");
    assertThat(after.totals().budget()).isNull();
    assertThat(after.units().get(2).status()).as("no SRE plan then").isEqualTo("NONE");
  }

  @Test
  void theOverviewListsEveryUnitTheCallerSeesParentsFirst() {
    List<UnitHeadcountView> all =
        organisation.call(s -> s.headcount().overview(LEADER, NEXT.toString(), null));
    List<UnitHeadcountView> platform =
        organisation.call(s -> s.headcount().overview(PLAT, NEXT.toString(), null));

    assertThat(all)
        .extracting(UnitHeadcountView::code)
        .containsExactly("ENG", "ENG-DATA", "ENG-PLAT", SEC, SRE);
    assertThat(all.get(0).totals().plannedFte()).isEqualByComparingTo("4");
    assertThat(all.get(0).totals().budget())
        .as("the budget below it")
        .isEqualByComparingTo("500000");
    assertThat(platform).extracting(UnitHeadcountView::code).containsExactly("ENG-PLAT", SEC, SRE);
    assertThat(platform.get(0).depth()).isEqualTo(1);
  }

  @Test
  void aUnitOutsideTheScopeAndABadRangeAreRefused() {
    assertThatThrownBy(
            () ->
                organisation.call(
                    s -> s.headcount().rollUp(PLAT, "ENG-DATA", NEXT.toString(), null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                organisation.call(
                    s ->
                        s.headcount()
                            .rollUp(PLAT, "ENG-PLAT", AFTER.toString(), NEXT.toString(), null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("the last quarter comes before the first");
  }
}
