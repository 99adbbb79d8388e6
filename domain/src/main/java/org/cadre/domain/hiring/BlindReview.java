package org.cadre.domain.hiring;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who reads which scorecards of an application, so interviewers judge on their own:
 *
 * <ul>
 *   <li>everyone reads their own;
 *   <li>an interviewer of the application reads the others' only once they have submitted a
 *       scorecard for every interview of it they are assigned to;
 *   <li>a reviewer (HR, the hiring manager) who is not interviewing reads those of the interviews
 *       that have taken place;
 *   <li>nobody else reads any.
 * </ul>
 */
public final class BlindReview {

  /** The scorecards the viewer may read, and how many others exist that they may not yet. */
  public record Visible(List<Scorecard> scorecards, int hidden, String why) {}

  private BlindReview() {}

  /**
   * @param reviewer whether the viewer is HR or the hiring manager of the requisition
   */
  public static Visible of(
      String viewer,
      boolean reviewer,
      List<Interview> interviews,
      List<Scorecard> scorecards,
      Instant now) {
    Set<Long> assigned =
        interviews.stream()
            .filter(i -> i.isAssigned(viewer))
            .map(Interview::id)
            .collect(Collectors.toSet());
    Set<Long> submitted =
        scorecards.stream()
            .filter(s -> s.interviewer().equals(viewer))
            .map(Scorecard::interviewId)
            .collect(Collectors.toSet());
    List<Scorecard> visible;
    String why;
    if (!assigned.isEmpty()) {
      boolean allIn = submitted.containsAll(assigned);
      visible = scorecards.stream().filter(s -> allIn || s.interviewer().equals(viewer)).toList();
      why = "Submit your own scorecard for each of your interviews to read the others'.";
    } else if (reviewer) {
      Set<Long> held =
          interviews.stream()
              .filter(i -> i.heldBy(now))
              .map(Interview::id)
              .collect(Collectors.toSet());
      visible = scorecards.stream().filter(s -> held.contains(s.interviewId())).toList();
      why = "Scorecards of interviews still to come are read once they have taken place.";
    } else {
      visible = List.of();
      why = "Scorecards are read by their interviewers, HR and the hiring manager.";
    }
    int hidden = scorecards.size() - visible.size();
    return new Visible(visible, hidden, hidden == 0 ? null : why);
  }
}
