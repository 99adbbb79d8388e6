package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.hiring.Recommendation;
import org.cadre.services.common.ServiceException;
import org.cadre.services.hiring.InterviewCommand;
import org.cadre.services.hiring.InterviewKitView;
import org.cadre.services.hiring.InterviewService;
import org.cadre.services.hiring.ScorecardCommand;
import org.cadre.services.hiring.ScorecardsView;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/**
 * An application's interviews: scheduling one, the interview kit from the blueprint, the caller's
 * scorecard form (a rating 1-4 per dimension and skill, notes, a recommendation), and the
 * scorecards the caller may read, blind until they have submitted their own.
 */
@Named
@ViewScoped
public class ScorecardForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private InterviewService interviews;
  @Inject private ApplicationBacking page;
  @Inject private CallerContext callers;

  private InterviewKitView kit;
  private ScorecardsView scorecards;
  private Long interviewId;
  private final Map<String, Integer> ratings = new LinkedHashMap<>();
  private String notes;
  private String recommendation;
  private String stage;
  private String interviewers;
  private LocalDateTime scheduledAt;

  /** Reads the kit and the readable scorecards once the page has its application. */
  public void load() {
    if (page.getApplication() == null) {
      return;
    }
    kit = interviews.kit(callers.caller(), page.getId());
    scorecards = interviews.scorecards(callers.caller(), page.getId());
    List<Long> mine = page.getApplication().myInterviews();
    interviewId = mine.isEmpty() ? null : mine.get(0);
  }

  /** Submits the caller's scorecard for the chosen interview. */
  public void submit() {
    List<ScorecardCommand.Entry> entries = new ArrayList<>();
    ratings.forEach(
        (key, rating) -> {
          if (rating != null) {
            int colon = key.indexOf(':');
            entries.add(
                new ScorecardCommand.Entry(
                    key.substring(0, colon), key.substring(colon + 1), rating));
          }
        });
    try {
      interviews.submit(
          callers.caller(),
          page.getId(),
          new ScorecardCommand(interviewId, entries, notes, recommendation));
      Messages.info("scorecard.submitted");
      ratings.clear();
      notes = null;
      recommendation = null;
      page.refresh();
      load();
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  /** Schedules an interview; the interviewers are usernames separated by commas. */
  public void schedule() {
    List<String> names =
        interviewers == null
            ? List.of()
            : Arrays.stream(interviewers.split("[,\\s]+")).filter(n -> !n.isBlank()).toList();
    try {
      interviews.schedule(
          callers.caller(),
          page.getId(),
          new InterviewCommand(
              stage,
              names,
              scheduledAt == null ? null : scheduledAt.toInstant(ZoneOffset.UTC).toString()));
      Messages.info("interview.scheduled", stage);
      interviewers = null;
      page.refresh();
      load();
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  /** The key a rating is kept under: the item's kind and name. */
  public String key(InterviewKitView.Item item) {
    return item.kind() + ":" + item.name();
  }

  public List<Recommendation> getRecommendations() {
    return Arrays.asList(Recommendation.values());
  }

  public InterviewKitView getKit() {
    return kit;
  }

  public ScorecardsView getScorecards() {
    return scorecards;
  }

  public Map<String, Integer> getRatings() {
    return ratings;
  }

  public Long getInterviewId() {
    return interviewId;
  }

  public void setInterviewId(Long interviewId) {
    this.interviewId = interviewId;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public String getRecommendation() {
    return recommendation;
  }

  public void setRecommendation(String recommendation) {
    this.recommendation = recommendation;
  }

  public String getStage() {
    return stage;
  }

  public void setStage(String stage) {
    this.stage = stage;
  }

  public String getInterviewers() {
    return interviewers;
  }

  public void setInterviewers(String interviewers) {
    this.interviewers = interviewers;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public void setScheduledAt(LocalDateTime scheduledAt) {
    this.scheduledAt = scheduledAt;
  }
}
