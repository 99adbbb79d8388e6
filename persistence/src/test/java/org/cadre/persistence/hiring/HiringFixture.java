package org.cadre.persistence.hiring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.Track;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.Candidate;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionDraft;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.org.OrgUnitRecord;
import org.cadre.persistence.blueprint.JpaRoleBlueprintRepository;
import org.cadre.persistence.org.JpaOrgUnitRepository;
import org.cadre.persistence.testing.JpaTestContext;

/**
 * A small organisation to hire into: division ENG with teams ENG-PLAT and ENG-DATA, one published
 * blueprint, and helpers that store requisitions, candidates and applications at fixed times.
 */
final class HiringFixture {

  static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");
  static final LocalDate DAY0 = LocalDate.parse("2027-01-04");

  final JpaTestContext jpa;
  final long blueprint;
  private int candidates;

  HiringFixture(JpaTestContext jpa) {
    this.jpa = jpa;
    jpa.run(
        em ->
            new JpaOrgUnitRepository(em)
                .insert(
                    List.of(
                        new OrgUnitRecord(
                            "ENG", "Engineering", OrgUnitKind.DIVISION, null, null, null),
                        new OrgUnitRecord(
                            "ENG-PLAT", "Platform", OrgUnitKind.TEAM, "ENG", null, null),
                        new OrgUnitRecord("ENG-DATA", "Data", OrgUnitKind.TEAM, "ENG", null, null)),
                    T0));
    blueprint =
        jpa.inTransaction(
            em -> {
              RoleBlueprint b =
                  RoleBlueprint.draft(
                      BlueprintContent.of(
                          "Platform Engineer",
                          "Engineering",
                          Level.SENIOR,
                          Track.INDIVIDUAL_CONTRIBUTOR,
                          "s",
                          List.of()),
                      T0);
              b.publish(1, T0);
              new JpaRoleBlueprintRepository(em).store(b);
              em.flush();
              return b.id();
            });
  }

  static Instant day(double days) {
    return T0.plus(Duration.ofSeconds(Math.round(days * 86_400)));
  }

  /** An open requisition of the unit, approved on day 0. */
  long openRequisition(String unit, Long positionId) {
    return jpa.inTransaction(
        em -> {
          Requisition r =
              Requisition.draft(
                  new RequisitionDraft(
                      unit,
                      blueprint,
                      1,
                      Level.SENIOR,
                      positionId,
                      BigDecimal.ONE,
                      DAY0.plusDays(60),
                      "manager",
                      "hr",
                      null,
                      true),
                  "manager",
                  T0);
          r.approve("director", false, T0, DAY0);
          r.open(Pipeline.DEFAULT, T0);
          new JpaRequisitionRepository(em).add(r);
          em.flush();
          return r.id();
        });
  }

  long candidate(String given, String family, String email, String phone) {
    return jpa.inTransaction(
        em -> {
          Candidate c =
              Candidate.of(
                  new CandidateDetails(
                      given,
                      family,
                      email,
                      phone,
                      CandidateSource.values()[candidates++ % 3],
                      null,
                      null),
                  "hr",
                  T0);
          new JpaCandidateRepository(em).add(c);
          em.flush();
          return c.id();
        });
  }

  long candidate() {
    int n = candidates;
    return candidate("Person", "Number" + n, "person" + n + "@example.com", null);
  }

  /** An application applied on the day, then moved through "Stage", day, ... */
  long application(long requisition, double appliedOn, Object... stagesAndDays) {
    long candidate = candidate();
    return jpa.inTransaction(
        em -> {
          Application a =
              Application.apply(requisition, candidate, Pipeline.DEFAULT, "hr", day(appliedOn));
          for (int i = 0; i < stagesAndDays.length; i += 2) {
            String stage = (String) stagesAndDays[i];
            double on = ((Number) stagesAndDays[i + 1]).doubleValue();
            switch (stage) {
              case "rejected" -> a.reject("Not now", "hr", day(on));
              case "withdrawn" -> a.withdraw("hr", day(on));
              case "hired" -> a.hire(Pipeline.DEFAULT, "hr", day(on));
              default -> a.moveTo(stage, Pipeline.DEFAULT, "hr", day(on));
            }
          }
          new JpaApplicationRepository(em).add(a);
          em.flush();
          return a.id();
        });
  }
}
