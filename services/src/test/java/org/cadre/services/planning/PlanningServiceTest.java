package org.cadre.services.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.cadre.services.testing.TestOrganisation.DATA;
import static org.cadre.services.testing.TestOrganisation.HR;
import static org.cadre.services.testing.TestOrganisation.LEADER;
import static org.cadre.services.testing.TestOrganisation.NEXT;
import static org.cadre.services.testing.TestOrganisation.PLAT;
import static org.cadre.services.testing.TestOrganisation.SEC;
import static org.cadre.services.testing.TestOrganisation.SRE;

import java.math.BigDecimal;
import java.util.List;
import org.cadre.services.access.Caller;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.StaleRevisionException;
import org.cadre.services.testing.OrganisationTest;
import org.junit.jupiter.api.Test;

/**
 * A plan's numbers against the people in post, its workflow from draft to approved, and who may do
 * what: the planning service with real repositories on a real database.
 */
class PlanningServiceTest extends OrganisationTest {

  private static final String PERIOD = NEXT.toString();

  private PlanView plan(Caller caller, String unit) {
    return organisation.call(s -> s.planning().plan(caller, unit, PERIOD, null));
  }

  private PlanView start(Caller caller, String unit) {
    return organisation.call(s -> s.planning().start(caller, unit, PERIOD, null));
  }

  private PlanView save(Caller caller, PlanView plan, PlanLineInput... lines) {
    return organisation.call(
        s -> s.planning().saveLines(caller, plan.id(), plan.revision(), List.of(lines)));
  }

  private PlanLineInput line(long blueprint, String fte) {
    return new PlanLineInput(blueprint, null, new BigDecimal(fte), null, null);
  }

  private static PlanLineView seat(PlanView plan, long blueprint, String level) {
    return plan.lines().stream()
        .filter(l -> l.blueprintId() == blueprint && level.equals(l.level()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPlanShowsItsLinesAgainstThePeopleInPostWithCostsAndPositions() {
    PlanView none = plan(PLAT, SRE);
    assertThat(none.id()).isNull();
    assertThat(none.status()).isEqualTo("NONE");
    assertThat(none.canEdit()).isTrue();
    assertThat(none.lines())
        .extracting(PlanLineView::level, PlanLineView::planned)
        .containsExactlyInAnyOrder(tuple("LEAD", false), tuple("SENIOR", false));

    PlanView saved =
        save(
            PLAT,
            start(PLAT, SRE),
            line(organisation.engineer, "2.5"),
            line(organisation.analyst, "1"));

    PlanLineView engineers = seat(saved, organisation.engineer, "SENIOR");
    assertThat(engineers.plannedFte()).isEqualByComparingTo("2.5");
    assertThat(engineers.actualFte()).isEqualByComparingTo("1.5");
    assertThat(engineers.gap()).isEqualByComparingTo("1");
    assertThat(engineers.costPerFte()).isEqualByComparingTo("100000");
    assertThat(engineers.costFromTable()).isTrue();
    assertThat(engineers.annualCost()).isEqualByComparingTo("250000");
    assertThat(engineers.positionIds())
        .as("2.5 FTE hold 3 seats")
        .hasSize(3)
        .doesNotHaveDuplicates();
    PlanLineView analysts = seat(saved, organisation.analyst, "MID");
    assertThat(analysts.costPerFte()).as("no rate for the analyst").isNull();
    assertThat(analysts.annualCost()).isEqualByComparingTo("0");
    PlanLineView leads = seat(saved, organisation.engineer, "LEAD");
    assertThat(leads.planned()).isFalse();
    assertThat(leads.gap()).as("a lead in post, none planned").isEqualByComparingTo("-1");
    assertThat(saved.totals().plannedFte()).isEqualByComparingTo("3.5");
    assertThat(saved.totals().actualFte()).isEqualByComparingTo("2.5");
    assertThat(saved.totals().annualCost()).isEqualByComparingTo("250000");
    assertThat(saved.status()).isEqualTo("DRAFT");
    assertThat(saved.canSubmit()).isTrue();
    assertThat(saved.canDecide()).as("a manager does not decide their own plans").isFalse();
  }

  @Test
  void leadershipOrAManagerAboveDecidesAndAChangedApprovedPlanIsANewVersion() {
    PlanView own = save(PLAT, start(PLAT, "ENG-PLAT"), line(organisation.engineer, "1"));
    PlanView submitted =
        organisation.call(s -> s.planning().submit(PLAT, own.id(), own.revision()));
    assertThat(submitted.canEdit()).isFalse();

    assertThatThrownBy(
            () ->
                organisation.call(
                    s -> s.planning().approve(PLAT, own.id(), submitted.revision(), null)))
        .as("the manager of the unit itself")
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("leadership or by the manager of a unit above ENG-PLAT");
    PlanView team = save(PLAT, start(PLAT, SEC), line(organisation.engineer, "1"));
    PlanView teamSubmitted =
        organisation.call(s -> s.planning().submit(PLAT, team.id(), team.revision()));
    assertThat(teamSubmitted.canDecide()).as("the manager above the team").isTrue();

    PlanView approved =
        organisation.call(
            s -> s.planning().approve(LEADER, own.id(), submitted.revision(), "Fine."));
    assertThat(approved.status()).isEqualTo("APPROVED");
    assertThat(approved.decidedBy()).isEqualTo("leader");

    PlanView next = save(PLAT, approved, line(organisation.engineer, "2"));
    assertThat(next.id()).isNotEqualTo(approved.id());
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.status()).isEqualTo("DRAFT");
    assertThat(next.inForceVersion()).isEqualTo(1);
    assertThat(plan(HR, "ENG-PLAT").id()).isEqualTo(next.id());
    List<PlanEventView> history = organisation.call(s -> s.planning().history(HR, next.id()));
    assertThat(history)
        .extracting(PlanEventView::action, PlanEventView::version)
        .contains(
            tuple("Changed", 2),
            tuple("Created", 2),
            tuple("New version started", 1),
            tuple("Approved", 1),
            tuple("Submitted", 1))
        .endsWith(tuple("Created", 1));
  }

  @Test
  void aChangeMadeToAnOutdatedRevisionIsRefusedSayingWhoChangedWhat() {
    PlanView started = start(HR, SRE);
    save(HR, started, line(organisation.engineer, "2"));

    assertThatThrownBy(() -> save(PLAT, started, line(organisation.engineer, "4")))
        .isInstanceOf(StaleRevisionException.class)
        .hasMessageContaining("changed since you opened it")
        .hasMessageContaining("hr (")
        .hasMessageContaining("Backend Engineer");
    assertThat(seat(plan(HR, SRE), organisation.engineer, "SENIOR").plannedFte())
        .isEqualByComparingTo("2");
  }

  @Test
  void managersPlanTheirSubtreeOnlyAndBadLinesAndRejectionsAreExplained() {
    assertThatThrownBy(() -> plan(DATA, SRE)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> start(DATA, SRE)).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> start(LEADER, SRE))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("your roles let you read them");
    PlanView started = start(PLAT, SRE);
    assertThatThrownBy(() -> save(PLAT, started, line(organisation.draft, "1")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("there is no published blueprint with this id");
    PlanView submitted =
        organisation.call(s -> s.planning().submit(PLAT, started.id(), started.revision()));
    assertThatThrownBy(
            () ->
                organisation.call(
                    s -> s.planning().reject(LEADER, started.id(), submitted.revision(), " ")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("say why the plan is rejected");
    assertThat(plan(HR, SRE).status()).isEqualTo("SUBMITTED");
  }
}
