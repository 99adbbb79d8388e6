package org.cadre.services.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.cadre.services.competency.SmallOrganisation.HR;
import static org.cadre.services.competency.SmallOrganisation.LEADER;
import static org.cadre.services.competency.SmallOrganisation.MANAGER;
import static org.cadre.services.competency.SmallOrganisation.required;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cadre.domain.blueprint.Importance;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.blueprint.TechnicalSkillView;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.people.AssessmentView;
import org.cadre.services.people.OrganisationService;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The competency use cases on a small organisation: their numbers, who may see what (a manager only
 * their subtree; drafts for HR only), and HR's required levels with their audit.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CompetencyServicesTest {

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private SmallOrganisation org;

  @BeforeEach
  void organisation() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    org = new SmallOrganisation(jpa);
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  private <T> T coverage(Function<CoverageService, T> call) {
    return jpa.inTransaction(em -> call.apply(Services.on(em).coverage()));
  }

  private <T> T readiness(Function<ReadinessService, T> call) {
    return jpa.inTransaction(em -> call.apply(Services.on(em).readiness()));
  }

  private <T> T requirements(Function<RequirementService, T> call) {
    return jpa.inTransaction(em -> call.apply(Services.on(em).requirements()));
  }

  private <T> T organisation(Function<OrganisationService, T> call) {
    return jpa.inTransaction(em -> call.apply(Services.on(em).organisation()));
  }

  @Test
  void aUnitsCoverageAndHeatmapCountItsPeopleInPost() {
    org.assessOn("E2", LocalDate.now().minusMonths(19), "Go", 1);

    CoverageView view = coverage(s -> s.unit(MANAGER, "ENG-PLAT", null));

    assertThat(view.orgUnit()).isEqualTo("ENG-PLAT");
    assertThat(view.asOf()).isEqualTo(LocalDate.now());
    // E4 left yesterday
    assertThat(view.people()).extracting(HeatmapRow::number).containsExactly("E1", "E2");
    assertThat(view.competencies())
        .extracting(
            CompetencyCoverageView::name,
            CompetencyCoverageView::needed,
            CompetencyCoverageView::qualified,
            CompetencyCoverageView::holders,
            CompetencyCoverageView::critical,
            CompetencyCoverageView::atRisk)
        .containsExactlyInAnyOrder(
            tuple("Kubernetes", 2, 2, 2, true, false),
            tuple("Terraform", 2, 1, 1, false, false),
            tuple("Go", 2, 1, 1, false, false));
    HeatmapRow ben = view.people().get(1);
    // (4/4 + 1/3 + 1/2) / 3, and 2 x 2 + 1 x 1
    assertThat(ben.readiness()).isCloseTo((1 + 1.0 / 3 + 0.5) / 3, within(1e-9));
    assertThat(ben.weightedGap()).isEqualTo(5);
    assertThat(ben.level()).isEqualTo("MID");
    assertThat(ben.cells())
        .extracting(
            HeatmapCell::competencyId,
            HeatmapCell::required,
            HeatmapCell::assessed,
            HeatmapCell::gap,
            HeatmapCell::stale)
        .containsExactlyInAnyOrder(
            tuple(org.competencies.get("Kubernetes"), 4, 4, 0, false),
            tuple(org.competencies.get("Terraform"), 3, 1, 2, false),
            tuple(org.competencies.get("Go"), 2, 1, 1, true));
  }

  @Test
  void withoutRecomputesAsIfThePeopleHadLeftAndChecksEachNumber() {
    CoverageView withoutBen = coverage(s -> s.unit(HR, "ENG", List.of("E2")));

    assertThat(withoutBen.people()).extracting(HeatmapRow::number).containsExactly("E1");
    assertThat(withoutBen.competencies().get(0))
        .extracting(CompetencyCoverageView::name, CompetencyCoverageView::holders)
        .containsExactly("Kubernetes", 1);
    assertThat(withoutBen.competencies().get(0).atRisk()).isTrue();

    assertThatThrownBy(() -> coverage(s -> s.unit(HR, "ENG-PLAT", List.of("E99"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("without: there is no such employee");
    assertThatThrownBy(() -> coverage(s -> s.unit(HR, "ENG-PLAT", List.of("E3"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("without: this person is not in post in ENG-PLAT or a unit below it");
    assertThatThrownBy(() -> coverage(s -> s.unit(MANAGER, "ENG-PLAT", List.of("E3"))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aManagerSeesTheirOwnSubtreeOnly() {
    assertThatThrownBy(() -> coverage(s -> s.unit(MANAGER, "OPS", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> coverage(s -> s.unit(MANAGER, "ENG", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> readiness(s -> s.readiness(MANAGER, "E3", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> readiness(s -> s.candidates(MANAGER, org.lead, null, null, "OPS")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(coverage(s -> s.unit(LEADER, "OPS", null)).people()).hasSize(1);
    assertThatThrownBy(() -> coverage(s -> s.unit(HR, "NOPE", null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void readinessForTheOwnBlueprintAndTheNextRolesOfItsCareerPath() {
    List<ReadinessView> views = readiness(s -> s.readiness(MANAGER, "E1", null));

    assertThat(views)
        .extracting(ReadinessView::blueprintTitle, ReadinessView::weightedGap)
        .containsExactly(tuple("Platform Engineer", 0), tuple("Lead Platform Engineer", 5));
    ReadinessView lead = views.get(1);
    assertThat(lead.countMethod()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(lead.proportionalMethod()).isCloseTo((1 + 0.75 + 2.0 / 3) / 3, within(1e-9));
    assertThat(lead.skills())
        .extracting(
            ReadinessView.SkillGapView::name,
            ReadinessView.SkillGapView::importance,
            ReadinessView.SkillGapView::required,
            ReadinessView.SkillGapView::assessed,
            ReadinessView.SkillGapView::gap)
        .containsExactly(
            tuple("Kubernetes", Importance.CRITICAL, 4, 4, 0),
            tuple("Terraform", Importance.CRITICAL, 4, 3, 1),
            tuple("Go", Importance.IMPORTANT, 3, 2, 1));
    List<ReadinessView> forLead = readiness(s -> s.readiness(HR, "E3", org.lead));
    assertThat(forLead).extracting(ReadinessView::proportionalMethod).containsExactly(1.0);
    assertThatThrownBy(() -> readiness(s -> s.readiness(HR, "E1", org.secret)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("There is no published blueprint " + org.secret + " in the library.");
  }

  @Test
  void candidatesOutsideAManagersSubtreeAreOnlyCounted() {
    CandidatesView forHr = readiness(s -> s.candidates(HR, org.lead, null, null, null));
    CandidatesView forManager = readiness(s -> s.candidates(MANAGER, org.lead, null, null, null));

    assertThat(forHr.candidates())
        .extracting(CandidatesView.CandidateView::number, CandidatesView.CandidateView::unitCode)
        .containsExactly(tuple("E3", "OPS"), tuple("E1", "ENG-PLAT"));
    assertThat(forHr.othersOutsideScope()).isZero();
    assertThat(forManager.candidates())
        .extracting(CandidatesView.CandidateView::number)
        .containsExactly("E1");
    assertThat(forManager.othersOutsideScope()).isEqualTo(1);
    assertThat(forManager.candidates().get(0).weightedGap()).isEqualTo(5);
    assertThat(readiness(s -> s.candidates(HR, org.lead, null, "0.9", null)).candidates())
        .extracting(CandidatesView.CandidateView::number)
        .containsExactly("E3");
    // E1 and E2 hold the Platform blueprint, at Senior and Mid-level
    assertThat(readiness(s -> s.candidates(HR, org.platform, "Senior", "0", null)).candidates())
        .extracting(CandidatesView.CandidateView::number)
        .containsExactly("E3", "E2");
    assertThatThrownBy(() -> readiness(s -> s.candidates(HR, org.lead, null, "lots", null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("minReadiness: a minimum readiness is a number from 0 to 1, such as 0.7");
    assertThatThrownBy(() -> readiness(s -> s.candidates(HR, org.lead, "Wizard", null, null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("level: there is no such level");
    assertThatThrownBy(() -> readiness(s -> s.candidates(MANAGER, org.secret, null, null, null)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theImpactOfADraftNamesWhoWouldFallBelowARaisedRequirement() {
    org.draftNext(
        org.platform,
        "Platform Engineer",
        required("Kubernetes", Importance.CRITICAL),
        required("Terraform", Importance.CRITICAL),
        required("Go", Importance.OPTIONAL));

    ImpactView impact = requirements(s -> s.impact(HR, org.platform, 2));

    assertThat(impact.comparedWith()).isEqualTo(1);
    assertThat(impact.people()).isEqualTo(2);
    assertThat(impact.skills())
        .extracting(
            ImpactView.SkillImpactView::name,
            ImpactView.SkillImpactView::before,
            ImpactView.SkillImpactView::after)
        .containsExactly(tuple("Terraform", 3, 4));
    // Ben was below 3 already
    assertThat(impact.skills().get(0).fallingBelow())
        .extracting(ImpactView.ImpactPersonView::number, ImpactView.ImpactPersonView::assessed)
        .containsExactly(tuple("E1", 3));
    assertThatThrownBy(() -> requirements(s -> s.impact(MANAGER, org.platform, 2)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void hrSetsRequiredLevelsOnDraftsOnlyAndEveryChangeIsAudited() {
    assertThatThrownBy(() -> requirements(s -> s.requireLevel(HR, org.platform, 1, 5)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Revision 1 of Platform Engineer is published; required levels are set on a draft,"
                + " and publishing fixes them.");
    assertThatThrownBy(() -> requirements(s -> s.requireLevel(MANAGER, org.secret, 1, 5)))
        .isInstanceOf(AccessDeniedException.class);

    TechnicalSkillView set = requirements(s -> s.requireLevel(HR, org.secret, 1, 5));

    assertThat(set)
        .extracting(
            TechnicalSkillView::name,
            TechnicalSkillView::requiredLevel,
            TechnicalSkillView::levelSet)
        .containsExactly("Go", 5, true);
    assertThatThrownBy(() -> requirements(s -> s.requireLevel(HR, org.secret, 1, 6)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("requiredLevel: a required level is a whole number from 0 to 5, not 6");
    assertThatThrownBy(() -> requirements(s -> s.requireLevel(HR, org.secret, 9, 3)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Revision 1 of Secret Role has no skill 9.");
    List<String> audit =
        jpa.inTransaction(
            em -> {
              List<?> rows =
                  em.createNativeQuery(
                          "SELECT details FROM audit_event"
                              + " WHERE action = 'blueprint.required-level'")
                      .getResultList();
              return rows.stream().map(Object::toString).toList();
            });
    assertThat(audit).containsExactly("revision 1: Go required level 4 → 5");
  }

  @Test
  void managersAndLeadershipNeverSeeADraftThroughThePeopleTheyRead() {
    org.draftNext(
        org.platform,
        "Platform Engineer II",
        required("Kubernetes", Importance.CRITICAL),
        required("Terraform", Importance.CRITICAL));

    assertThat(organisation(s -> s.employee(MANAGER, "E1")).blueprintTitle())
        .isEqualTo("Platform Engineer");
    assertThat(organisation(s -> s.employee(LEADER, "E1")).blueprintTitle())
        .isEqualTo("Platform Engineer");
    assertThat(organisation(s -> s.employee(HR, "E1")).blueprintTitle())
        .isEqualTo("Platform Engineer II");
    List<AssessmentView> assessed = organisation(s -> s.assessments(MANAGER, "E1"));
    assertThat(assessed)
        .extracting(AssessmentView::competency, AssessmentView::expected)
        .containsExactlyInAnyOrder(tuple("Kubernetes", 4), tuple("Terraform", 3), tuple("Go", 2));
    List<BlueprintPersonView> onPlatform = readiness(s -> s.peopleOn(MANAGER, org.platform));
    assertThat(onPlatform)
        .extracting(BlueprintPersonView::number, BlueprintPersonView::skillsToClose)
        .containsExactly(tuple("E2", 2), tuple("E1", 0));
  }

  @Test
  void anAssessmentShowsTheRequirementItWasMadeAgainst() {
    org.draftNext(
        org.platform,
        "Platform Engineer",
        required("Kubernetes", Importance.CRITICAL),
        required("Terraform", Importance.CRITICAL),
        required("Go", Importance.OPTIONAL));
    jpa.run(
        em ->
            new JpaRoleBlueprintRepository(em)
                .find(org.platform)
                .orElseThrow()
                .publish(2, java.time.Instant.now()));

    List<AssessmentView> e1 = organisation(s -> s.assessments(HR, "E1"));

    assertThat(e1)
        .filteredOn(a -> a.competency().equals("Terraform"))
        .extracting(AssessmentView::expected, AssessmentView::gap, AssessmentView::expectedThen)
        .containsExactly(tuple(4, 1, 3));
    assertThat(Set.copyOf(e1.stream().map(AssessmentView::stale).toList())).containsExactly(false);
  }
}
