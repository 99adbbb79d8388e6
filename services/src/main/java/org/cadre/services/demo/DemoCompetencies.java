package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cadre.domain.competency.CoverageRepository;
import org.cadre.domain.competency.PeopleQuery;
import org.cadre.domain.competency.PersonSkills;
import org.cadre.domain.people.AssessmentRecord;
import org.cadre.domain.people.AssessmentRepository;
import org.cadre.domain.people.EmployeeRepository;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.QuarterFigures;
import org.cadre.domain.planning.Scenarios;
import org.cadre.services.access.Caller;
import org.cadre.services.competency.BlueprintLevel;
import org.cadre.services.demo.GeneratedOrganisation.Rating;
import org.cadre.services.planning.PlanningData;

/**
 * The demo's competencies made worth a look ({@link AssessmentSpread}): every required competency
 * assessed, one critical competency per team at risk, ready internal candidates for the plan lines
 * with a gap, and some stale assessments. Needs the organisation and the headcount plans.
 */
@ApplicationScoped
class DemoCompetencies implements DemoStep {

  private static final long SEED = 20_261_010L;

  private CoverageRepository coverage;
  private EmployeeRepository employees;
  private AssessmentRepository assessments;
  private PlanningData planning;

  protected DemoCompetencies() {
    // for CDI
  }

  @Inject
  DemoCompetencies(
      CoverageRepository coverage,
      EmployeeRepository employees,
      AssessmentRepository assessments,
      PlanningData planning) {
    this.coverage = coverage;
    this.employees = employees;
    this.assessments = assessments;
    this.planning = planning;
  }

  @Override
  public String name() {
    return "competencies";
  }

  @Override
  public int order() {
    return 500;
  }

  @Override
  public void apply(Caller caller) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<PersonSkills> people = coverage.people(PeopleQuery.inPost(null, today));
    Map<String, LocalDate> hired = new HashMap<>();
    employees.all().forEach(e -> hired.put(e.number(), e.hireDate()));
    AssessmentSpread.Result spread =
        AssessmentSpread.spread(
            people, hired, coverage.publishedProfiles(null), gaps(today), today, new Random(SEED));
    Map<String, Long> ids = employees.idsByNumber();
    Instant now = Instant.now();
    assessments.insert(records(spread.inserts(), ids), now);
    assessments.update(records(spread.updates(), ids), now);
  }

  /**
   * The blueprints and levels of the baseline's lines with a gap, this quarter and the next three.
   */
  private Set<BlueprintLevel> gaps(LocalDate today) {
    Quarter current = Quarter.containing(today);
    List<Quarter> quarters = Quarter.range(current, current.next().next().next());
    Set<BlueprintLevel> gaps = new LinkedHashSet<>();
    for (QuarterFigures figures : planning.figures(Scenarios.BASELINE, null, quarters).values()) {
      for (String unit : employees.headcountByUnit(today).keySet()) {
        figures
            .seats(unit)
            .forEach(
                (seat, numbers) -> {
                  if (numbers.gap().compareTo(BigDecimal.ZERO) > 0) {
                    gaps.add(new BlueprintLevel(seat.blueprintId(), seat.level()));
                  }
                });
      }
    }
    return gaps;
  }

  private static List<AssessmentRecord> records(List<Rating> ratings, Map<String, Long> ids) {
    return ratings.stream().map(r -> r.record(ids)).toList();
  }
}
