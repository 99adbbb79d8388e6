package org.cadre.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.cadre.domain.blueprint.Importance;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.competency.ReadinessService;
import org.cadre.services.competency.ReadinessView;
import org.cadre.services.people.AssessmentView;
import org.cadre.services.people.EmployeeView;
import org.cadre.services.people.OrganisationService;
import org.cadre.web.portal.Messages;
import org.cadre.web.portal.PageErrors;
import org.cadre.web.security.CallerContext;

/**
 * One person: their post, their competencies against what their blueprint expects, and their
 * readiness for it and for the next roles of its career path.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The top of the assessment scale. */
  public static final int SCALE = 5;

  @Inject private OrganisationService organisation;
  @Inject private ReadinessService readinessService;
  @Inject private CallerContext callers;

  private String number;
  private EmployeeView person;
  private List<AssessmentView> competencies;
  private List<ReadinessView> readiness;

  public void load() {
    if (number == null || number.isBlank()) {
      PageErrors.send(404, Messages.text("person.missingNumber"));
      return;
    }
    try {
      person = organisation.employee(callers.caller(), number);
      competencies = organisation.assessments(callers.caller(), number);
      readiness = readinessService.readiness(callers.caller(), number, null);
    } catch (AccessDeniedException e) {
      PageErrors.send(403, e.getMessage());
    } catch (NotFoundException e) {
      PageErrors.send(404, e.getMessage());
    }
  }

  /** Where a level sits on the scale, in percent, for the bars. */
  public int percent(Integer level) {
    return level == null ? 0 : Math.max(0, Math.min(100, level * 100 / SCALE));
  }

  /** How many competencies fall short of what the blueprint expects. */
  public long getGapCount() {
    return competencies.stream().filter(c -> c.gap() != null && c.gap() > 0).count();
  }

  /** Whether a readiness is for the person's own blueprint rather than a next role. */
  public boolean isOwn(ReadinessView view) {
    return person.blueprintId() != null && person.blueprintId() == view.blueprintId();
  }

  /** The skills still below the level required, the heaviest missing first. */
  public List<ReadinessView.SkillGapView> toClose(ReadinessView view) {
    return view.skills().stream()
        .filter(s -> s.gap() > 0)
        .sorted(
            Comparator.comparingInt(
                    (ReadinessView.SkillGapView s) -> Importance.weight(s.importance()) * s.gap())
                .reversed()
                .thenComparing(ReadinessView.SkillGapView::name))
        .toList();
  }

  public int share(double share) {
    return (int) Math.round(share * 100);
  }

  public List<ReadinessView> getReadiness() {
    return readiness;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public EmployeeView getPerson() {
    return person;
  }

  public List<AssessmentView> getCompetencies() {
    return competencies;
  }
}
