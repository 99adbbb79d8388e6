package org.cadre.domain.hiring;

import java.util.List;
import java.util.Optional;

/** Interviews and their scorecards as stored. */
public interface InterviewRepository {

  Optional<Interview> find(long id);

  List<Interview> ofApplication(long applicationId);

  /** The interviews the user is an interviewer of, soonest first. */
  List<Interview> assignedTo(String username);

  /** Whether the user interviews for the application. */
  boolean isInterviewer(long applicationId, String username);

  void add(Interview interview);

  List<Scorecard> scorecards(long applicationId);

  Optional<Scorecard> scorecard(long interviewId, String interviewer);

  void add(Scorecard scorecard);

  void flush();
}
