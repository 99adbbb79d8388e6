package org.cadre.persistence.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cadre.persistence.hiring.HiringFixture.DAY0;
import static org.cadre.persistence.hiring.HiringFixture.T0;
import static org.cadre.persistence.hiring.HiringFixture.day;

import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.common.PageRequest;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.ApplicationCard;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidatePair;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.CvFile;
import org.cadre.domain.hiring.Interview;
import org.cadre.domain.hiring.InterviewKit;
import org.cadre.domain.hiring.KitItem;
import org.cadre.domain.hiring.KitItemKind;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferStatus;
import org.cadre.domain.hiring.OfferTerms;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.PipelineStage;
import org.cadre.domain.hiring.Recommendation;
import org.cadre.domain.hiring.ReportingStage;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionSearch;
import org.cadre.domain.hiring.RequisitionStatus;
import org.cadre.domain.hiring.Scorecard;
import org.cadre.domain.hiring.ScorecardSheet;
import org.cadre.domain.hiring.StageMove;
import org.cadre.domain.hiring.StageTemplate;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.SeatKey;
import org.cadre.persistence.planning.JdbcPositionRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Requisitions, candidates, applications, interviews, offers and templates as stored. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class HiringRepositoriesTest {

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private HiringFixture fixture;

  @BeforeEach
  void openDatabase() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    fixture = new HiringFixture(jpa);
  }

  @AfterEach
  void closeDatabase() {
    jpa.close();
  }

  @Test
  void aRequisitionKeepsItsCopiedPipelineAndIsListedByUnitAndStatus() {
    long platform = fixture.openRequisition("ENG-PLAT", null);
    long data = fixture.openRequisition("ENG-DATA", null);
    jpa.run(
        em -> {
          Requisition r = new JpaRequisitionRepository(em).find(data).orElseThrow();
          r.hold(day(3));
        });

    Requisition stored =
        jpa.inTransaction(em -> new JpaRequisitionRepository(em).find(platform).orElseThrow());
    assertThat(stored.pipeline()).isEqualTo(Pipeline.DEFAULT);
    assertThat(stored.openFrom()).contains(DAY0);
    assertThat(stored.level()).contains(Level.SENIOR);

    List<Long> platformOnly =
        jpa.inTransaction(
            em ->
                new JpaRequisitionRepository(em)
                        .search(
                            new RequisitionSearch(Set.of("ENG-PLAT"), null), new PageRequest(0, 10))
                        .items()
                        .stream()
                        .map(Requisition::id)
                        .toList());
    assertThat(platformOnly).containsExactly(platform);
    long onHold =
        jpa.inTransaction(
            em ->
                new JpaRequisitionRepository(em)
                    .search(
                        new RequisitionSearch(null, RequisitionStatus.ON_HOLD),
                        new PageRequest(0, 10))
                    .total());
    assertThat(onHold).isEqualTo(1);
  }

  @Test
  void openFteCountsRequisitionsOpenOnTheQuartersDayPerSeatFromTheirTargetStart() {
    fixture.openRequisition("ENG-PLAT", null);
    long cancelled = fixture.openRequisition("ENG-PLAT", null);
    long filled = fixture.openRequisition("ENG-DATA", null);
    jpa.run(
        em -> {
          JpaRequisitionRepository requisitions = new JpaRequisitionRepository(em);
          requisitions.find(cancelled).orElseThrow().cancel("No budget", day(5), DAY0.plusDays(5));
          Requisition r = requisitions.find(filled).orElseThrow();
          r.offerAccepted(day(8));
          r.fill("H1", DAY0.plusDays(10), day(9));
        });
    SeatKey platform = new SeatKey("ENG-PLAT", fixture.blueprint, Level.SENIOR);
    SeatKey data = new SeatKey("ENG-DATA", fixture.blueprint, Level.SENIOR);
    // approved 2027-01-04 with a target start 60 days later, in 2027-Q1
    Quarter q1 = new Quarter(2027, 1);

    assertThat(open(null, q1.previous(), DAY0.plusDays(3))).isEmpty();
    assertThat(open(null, q1, DAY0.minusDays(1))).isEmpty();
    assertThat(open(null, q1, DAY0.plusDays(3)))
        .containsEntry(platform, new BigDecimal("2.000"))
        .containsEntry(data, new BigDecimal("1.000"));
    assertThat(open(null, q1.next(), DAY0.plusDays(7)))
        .containsEntry(platform, new BigDecimal("1.000"))
        .containsEntry(data, new BigDecimal("1.000"));
    assertThat(open(Set.of("ENG-DATA"), q1, DAY0.plusDays(12))).isEmpty();
    assertThat(open(Set.of("ENG-PLAT"), q1, DAY0.plusDays(12))).containsOnlyKeys(platform);
    assertThat(open(null, q1, DAY0.plusDays(180))).containsOnlyKeys(platform);
  }

  private Map<SeatKey, BigDecimal> open(Set<String> units, Quarter quarter, LocalDate today) {
    return jpa.inTransaction(em -> new JdbcOpenRequisitions(em).openFte(units, quarter, today));
  }

  @Test
  void aPositionIsHeldByARequisitionUntilItIsCancelledAndFilledByItsHire() {
    SeatKey seat = new SeatKey("ENG-PLAT", fixture.blueprint, Level.SENIOR);
    List<Long> positions =
        jpa.inTransaction(em -> new JdbcPositionRepository(em).ensure(Map.of(seat, 3))).get(seat);
    fixture.openRequisition("ENG-PLAT", positions.get(2));
    long cancelled = fixture.openRequisition("ENG-PLAT", positions.get(1));
    jpa.run(
        em ->
            new JpaRequisitionRepository(em)
                .find(cancelled)
                .orElseThrow()
                .cancel("No budget", day(1), DAY0));

    Set<Long> held =
        jpa.inTransaction(em -> new JpaRequisitionRepository(em).positionsHeld(positions));
    assertThat(held).containsExactly(positions.get(2));
    assertThat(
            jpa.<Optional<SeatKey>>inTransaction(
                em -> new JdbcPositionRepository(em).seat(positions.get(0))))
        .contains(seat);
    assertThat(jpa.<Optional<SeatKey>>inTransaction(em -> new JdbcPositionRepository(em).seat(-1)))
        .isEmpty();
    jpa.run(em -> new JdbcPositionRepository(em).fill(positions.get(2), "H7", DAY0));
    String filledBy =
        jpa.inTransaction(
            em ->
                (String)
                    em.createNativeQuery("SELECT filled_by FROM plan_position WHERE id = ?")
                        .setParameter(1, positions.get(2))
                        .getSingleResult());
    assertThat(filledBy).isEqualTo("H7");
  }

  @Test
  void candidatesAreFoundByTheirNormalisedEmailOrNameAndPhone() {
    long ana = fixture.candidate("Ana", "Silva", "Ana.Silva@example.com", "+351 912 345 678");
    long other = fixture.candidate("Bo", "Lind", "bo@example.com", null);
    long anaAgain = fixture.candidate("Silva", "Ana", null, "912345678");

    List<Long> byEmail =
        lookingLike(
            new CandidateDetails(
                "A", "S", "ana.silva+cv@EXAMPLE.com", null, CandidateSource.OTHER, null, null));
    assertThat(byEmail).containsExactly(ana);
    List<Long> byNamePhone =
        lookingLike(
            new CandidateDetails(
                "Ána", "Silva", null, "0912 345 678", CandidateSource.OTHER, null, null));
    assertThat(byNamePhone).containsExactly(ana, anaAgain);

    List<CandidatePair> pairs =
        jpa.inTransaction(em -> new JpaCandidateRepository(em).duplicatePairs(10));
    assertThat(pairs).containsExactly(new CandidatePair(ana, anaAgain));
    jpa.run(em -> new JpaCandidateRepository(em).find(anaAgain).orElseThrow().mergeInto(ana, T0));
    assertThat(
            jpa.<List<CandidatePair>>inTransaction(
                em -> new JpaCandidateRepository(em).duplicatePairs(10)))
        .isEmpty();
    assertThat(
            lookingLike(
                new CandidateDetails(
                    "Ana", "Silva", null, "912345678", CandidateSource.OTHER, null, null)))
        .containsExactly(ana);
    assertThat(
            jpa.<List<Candidate>>inTransaction(
                em -> new JpaCandidateRepository(em).search("lind", new PageRequest(0, 5)).items()))
        .extracting(Candidate::id)
        .containsExactly(other);
  }

  private List<Long> lookingLike(CandidateDetails details) {
    return jpa.inTransaction(
        em ->
            new JpaCandidateRepository(em)
                .lookingLike(details).stream().map(Candidate::id).toList());
  }

  @Test
  void aCvOfUpToFiveMegabytesIsStoredReplacedAndDeleted() {
    long ana = fixture.candidate();
    byte[] big = new byte[CvFile.MAX_BYTES];
    Arrays.fill(big, (byte) 7);
    jpa.run(
        em ->
            new JpaCandidateRepository(em)
                .storeCv(ana, new CvFile("cv.pdf", "application/pdf", big), T0));
    jpa.run(
        em ->
            new JpaCandidateRepository(em)
                .storeCv(ana, new CvFile("cv2.pdf", "application/pdf", new byte[] {1, 2}), T0));

    CvFile stored = jpa.inTransaction(em -> new JpaCandidateRepository(em).cv(ana).orElseThrow());
    assertThat(stored.fileName()).isEqualTo("cv2.pdf");
    assertThat(
            jpa.<Optional<String>>inTransaction(
                em -> new JpaCandidateRepository(em).cvFileName(ana)))
        .contains("cv2.pdf");
    assertThat(stored.content()).containsExactly(1, 2);
    jpa.run(
        em ->
            new JpaCandidateRepository(em)
                .storeCv(ana, new CvFile("cv.pdf", "application/pdf", big), T0));
    assertThat(
            jpa.<byte[]>inTransaction(
                em -> new JpaCandidateRepository(em).cv(ana).orElseThrow().content()))
        .hasSize(CvFile.MAX_BYTES);
    jpa.run(em -> new JpaCandidateRepository(em).deleteCv(ana));
    assertThat(jpa.<Optional<CvFile>>inTransaction(em -> new JpaCandidateRepository(em).cv(ana)))
        .isEmpty();
  }

  @Test
  void candidatesPastRetentionHaveNoApplicationActiveOrEndedSinceTheCutoff() {
    long requisition = fixture.openRequisition("ENG-PLAT", null);
    long idle = fixture.candidate();
    long active = fixture.application(requisition, 0);
    long endedLate = fixture.application(requisition, 0, "rejected", 40);
    long endedEarly = fixture.application(requisition, 0, "rejected", 5);
    Map<Long, Long> candidateOf =
        jpa.inTransaction(
            em -> {
              JpaApplicationRepository applications = new JpaApplicationRepository(em);
              return Map.of(
                  active, applications.find(active).orElseThrow().candidateId(),
                  endedLate, applications.find(endedLate).orElseThrow().candidateId(),
                  endedEarly, applications.find(endedEarly).orElseThrow().candidateId());
            });

    List<Long> due =
        jpa.inTransaction(em -> new JpaCandidateRepository(em).pastRetention(day(30), 100));

    assertThat(due).containsExactlyInAnyOrder(idle, candidateOf.get(endedEarly));
  }

  @Test
  void movesAreStoredInOrderAndTheBoardReadsApplicationsWithTheirCandidates() {
    long requisition = fixture.openRequisition("ENG-PLAT", null);
    long screened = fixture.application(requisition, 0, "Screen", 2, "Panel", 4, "Screen", 5);
    long fresh = fixture.application(requisition, 1);

    List<ApplicationCard> board =
        jpa.inTransaction(em -> new JpaApplicationRepository(em).board(requisition));
    assertThat(board)
        .extracting(c -> c.applicationId() + " " + c.stageName() + " " + c.status())
        .containsExactly(fresh + " Applied ACTIVE", screened + " Screen ACTIVE");
    assertThat(board.get(1).candidateName()).startsWith("Person Number");
    assertThat(board.get(1).stageEnteredAt()).isEqualTo(day(5));

    Application stored =
        jpa.inTransaction(
            em -> {
              Application a = new JpaApplicationRepository(em).find(screened).orElseThrow();
              a.moves().size();
              return a;
            });
    assertThat(stored.moves())
        .extracting(m -> m.fromStage().orElse("-") + ">" + m.toStage().orElse("-"))
        .containsExactly("->Applied", "Applied>Screen", "Screen>Panel", "Panel>Screen");
    assertThat(stored.moves())
        .extracting(StageMove::movedAt)
        .containsExactly(day(0), day(2), day(4), day(5));
    assertThat(stored.furthest()).isEqualTo(ReportingStage.FINAL);
    assertThat(stored.times().seconds(ReportingStage.SCREEN))
        .isEqualTo(Duration.ofDays(2).getSeconds());
  }

  @Test
  void twoMovesOfOneApplicationAtOnceLetTheFirstCommitWin() {
    long requisition = fixture.openRequisition("ENG-PLAT", null);
    long id = fixture.application(requisition, 0);

    assertThatThrownBy(
            () ->
                jpa.run(
                    late -> {
                      Application theirs =
                          new JpaApplicationRepository(late).find(id).orElseThrow();
                      jpa.run(
                          early ->
                              new JpaApplicationRepository(early)
                                  .find(id)
                                  .orElseThrow()
                                  .moveTo("Screen", Pipeline.DEFAULT, "ann", day(1)));
                      theirs.moveTo("Panel", Pipeline.DEFAULT, "bob", day(1));
                      late.flush();
                    }))
        .isInstanceOf(PersistenceException.class);

    Application stored =
        jpa.inTransaction(em -> new JpaApplicationRepository(em).find(id).orElseThrow());
    assertThat(stored.stageName()).isEqualTo("Screen");
    assertThat(stored.revision()).isEqualTo(2);
  }

  @Test
  void interviewsAreFoundByInterviewerAndEachInterviewerFillsOneScorecard() {
    long requisition = fixture.openRequisition("ENG-PLAT", null);
    long application = fixture.application(requisition, 0, "Technical interview", 1);
    InterviewKit kit =
        new InterviewKit(
            "Platform Engineer",
            List.of(new KitItem(KitItemKind.SKILL, "Kubernetes", null, null, 5L, 4)));
    ScorecardSheet sheet =
        new ScorecardSheet(
            List.of(new ScorecardSheet.Entry(KitItemKind.SKILL, "Kubernetes", 3)),
            "Good",
            Recommendation.YES);
    long interview =
        jpa.inTransaction(
            em -> {
              Interview i =
                  new Interview(
                      application, "Technical interview", List.of("ann", "bob"), day(2), "hr", T0);
              JpaInterviewRepository interviews = new JpaInterviewRepository(em);
              interviews.add(i);
              em.flush();
              interviews.add(Scorecard.submit(i, "ann", kit, sheet, day(2)));
              return i.id();
            });

    assertThat(
            jpa.<List<Interview>>inTransaction(
                em -> new JpaInterviewRepository(em).assignedTo("bob")))
        .extracting(Interview::id)
        .containsExactly(interview);
    assertThat(
            jpa.<Boolean>inTransaction(
                em -> new JpaInterviewRepository(em).isInterviewer(application, "cy")))
        .isFalse();
    Scorecard ann =
        jpa.inTransaction(
            em -> new JpaInterviewRepository(em).scorecard(interview, "ann").orElseThrow());
    assertThat(ann.ratings().get(0).requiredLevel()).isEqualTo(4);
    assertThat(ann.ratings().get(0).competencyId()).isEqualTo(5L);
    assertThatThrownBy(
            () ->
                jpa.run(
                    em -> {
                      JpaInterviewRepository interviews = new JpaInterviewRepository(em);
                      interviews.add(
                          Scorecard.submit(
                              interviews.find(interview).orElseThrow(), "ann", kit, sheet, day(3)));
                      em.flush();
                    }))
        .isInstanceOf(PersistenceException.class);
  }

  @Test
  void offersAreStoredWithTheirApprovals() {
    long requisition = fixture.openRequisition("ENG-PLAT", null);
    long application = fixture.application(requisition, 0, "Offer", 3);
    long offer =
        jpa.inTransaction(
            em -> {
              Application a = new JpaApplicationRepository(em).find(application).orElseThrow();
              Offer o =
                  Offer.propose(
                      a,
                      new OfferTerms(
                          Level.SENIOR,
                          BigDecimal.ONE,
                          DAY0.plusDays(60),
                          new BigDecimal("120000")),
                      new BigDecimal("100000"),
                      "hr",
                      day(4));
              o.approve(true, false, "hr", day(4));
              new JpaOfferRepository(em).add(o);
              em.flush();
              return o.id();
            });

    Offer stored =
        jpa.inTransaction(em -> new JpaOfferRepository(em).ofApplication(application).get(0));
    assertThat(stored.id()).isEqualTo(offer);
    assertThat(stored.status()).isEqualTo(OfferStatus.PROPOSED);
    assertThat(stored.needsLeadership()).isTrue();
    assertThat(stored.hrApprovedBy()).contains("hr");
    assertThat(stored.terms().annualSalary()).isEqualByComparingTo("120000");
  }

  @Test
  void aFamilysTemplateIsStoredAndReplaced() {
    Pipeline short_ =
        Pipeline.of(
            List.of(
                new PipelineStage("Applied", ReportingStage.APPLIED),
                new PipelineStage("Offer", ReportingStage.OFFER),
                new PipelineStage("Hired", ReportingStage.HIRED)));
    jpa.run(
        em ->
            new JpaStageTemplateRepository(em)
                .add(new StageTemplate("Engineering", short_, "hr", T0)));
    jpa.run(
        em ->
            new JpaStageTemplateRepository(em)
                .find("Engineering")
                .orElseThrow()
                .replace(Pipeline.DEFAULT, "hr", day(1)));

    StageTemplate stored =
        jpa.inTransaction(
            em -> new JpaStageTemplateRepository(em).find("Engineering").orElseThrow());
    assertThat(stored.pipeline()).isEqualTo(Pipeline.DEFAULT);
    assertThat(stored.revision()).isEqualTo(2);
    assertThat(
            jpa.<Optional<StageTemplate>>inTransaction(
                em -> new JpaStageTemplateRepository(em).find("Data")))
        .isEmpty();
  }
}
