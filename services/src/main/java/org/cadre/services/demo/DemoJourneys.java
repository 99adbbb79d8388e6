package org.cadre.services.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cadre.domain.hiring.Application;
import org.cadre.domain.hiring.Interview;
import org.cadre.domain.hiring.InterviewKit;
import org.cadre.domain.hiring.KitItem;
import org.cadre.domain.hiring.Offer;
import org.cadre.domain.hiring.OfferTerms;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.Recommendation;
import org.cadre.domain.hiring.ReportingStage;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.Scorecard;
import org.cadre.domain.hiring.ScorecardSheet;

/**
 * How demo applications move, as people would have moved them over the last months: a few days at
 * each stage, rejections with reasons, some withdrawals, the odd skipped stage and move back,
 * interviews with scorecards at interview stages, and offers that are accepted or declined.
 * Everything happens before {@code now}; what would come later is left undone.
 */
final class DemoJourneys {

  private static final List<String> REJECTIONS =
      List.of(
          "Experience does not match the level",
          "Not enough depth in the must-have skills",
          "Salary expectations far above the range",
          "Another candidate was stronger",
          "Could not relocate in time");

  /** An interview the journey had: at which stage and when. */
  record Meeting(String stage, Instant at) {}

  /**
   * What a journey made besides the moves: the interviews to store, an offer, whether it was
   * accepted, and how good the candidate is (1 to 4, what their ratings centre on).
   */
  record Outcome(List<Meeting> meetings, Offer offer, boolean accepted, double quality) {}

  private final Random random;
  private final Instant now;
  private final InterviewKit kit;
  private final List<String> interviewers;
  private final BigDecimal rate;

  DemoJourneys(
      Random random, Instant now, InterviewKit kit, List<String> interviewers, BigDecimal rate) {
    this.random = random;
    this.now = now;
    this.kit = kit;
    this.interviewers = interviewers;
    this.rate = rate;
  }

  /**
   * Moves the stored application from its first stage until it ends or reaches now.
   *
   * @param offerAllowed whether the requisition can still take an accepted offer
   */
  Outcome walk(Application application, Requisition requisition, boolean offerAllowed) {
    Pipeline pipeline = requisition.pipeline();
    double quality = 1.6 + random.nextDouble() * 2.4;
    Instant at = application.appliedAt();
    List<Meeting> meetings = new ArrayList<>();
    while (true) {
      int stage = application.stageIndex();
      ReportingStage reporting = pipeline.reporting(stage);
      Instant next = at.plus(Duration.ofHours(24 + random.nextInt(24 * 8)));
      if (reporting == ReportingStage.INTERVIEW || reporting == ReportingStage.FINAL) {
        meetings.add(new Meeting(pipeline.stage(stage).name(), at.plus(Duration.ofHours(20))));
      }
      if (next.isAfter(now)) {
        return new Outcome(meetings, null, false, quality);
      }
      if (reporting == ReportingStage.OFFER) {
        return offer(application, requisition, next, quality, offerAllowed, meetings);
      }
      double fate = random.nextDouble();
      if (fate < 0.22 + (4 - quality) * 0.07) {
        application.reject(REJECTIONS.get(random.nextInt(REJECTIONS.size())), "hr", next);
        return new Outcome(meetings, null, false, quality);
      }
      if (fate > 0.97) {
        application.withdraw("hr", next);
        return new Outcome(meetings, null, false, quality);
      }
      int target = stage + 1;
      if (fate > 0.90 && stage + 2 < pipeline.hiredIndex()) {
        target = stage + 2;
      } else if (fate > 0.87 && stage > 1) {
        target = stage - 1;
      }
      application.moveTo(pipeline.stage(target).name(), pipeline, "hr", next);
      at = next;
    }
  }

  private Outcome offer(
      Application application,
      Requisition requisition,
      Instant at,
      double quality,
      boolean allowed,
      List<Meeting> meetings) {
    if (!allowed) {
      application.reject("Another candidate accepted an offer", "hr", at);
      return new Outcome(meetings, null, false, quality);
    }
    BigDecimal base = rate == null ? new BigDecimal("80000") : rate;
    BigDecimal salary =
        base.multiply(requisition.fte())
            .multiply(BigDecimal.valueOf(0.92 + random.nextDouble() * 0.25))
            .setScale(-3, java.math.RoundingMode.HALF_UP);
    Offer offer =
        Offer.propose(
            application,
            new OfferTerms(
                requisition.level().orElse(null),
                requisition.fte(),
                java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).plusDays(30),
                salary),
            rate,
            "hr",
            at);
    offer.approve(true, false, "hr", at.plus(Duration.ofHours(4)));
    if (offer.needsLeadership()) {
      offer.approve(false, true, "leader", at.plus(Duration.ofHours(20)));
    }
    Instant answer = at.plus(Duration.ofDays(2 + random.nextInt(5)));
    if (answer.isAfter(now)) {
      return new Outcome(meetings, offer, false, quality);
    }
    if (random.nextDouble() < 0.72) {
      offer.accept(answer);
      return new Outcome(meetings, offer, true, quality);
    }
    offer.decline("Took another offer", answer);
    application.withdraw("hr", answer.plus(Duration.ofHours(1)));
    return new Outcome(meetings, offer, false, quality);
  }

  /** An interview of the stored application with one or two of the interviewers. */
  Interview interview(Application application, Meeting meeting) {
    String first = interviewers.get(random.nextInt(interviewers.size()));
    String second = interviewers.get(random.nextInt(interviewers.size()));
    List<String> panel = first.equals(second) ? List.of(first) : List.of(first, second);
    return new Interview(
        application.id(),
        meeting.stage(),
        panel,
        meeting.at(),
        "hr",
        meeting.at().minus(Duration.ofDays(2)));
  }

  /** One interviewer's scorecard: ratings around the candidate's quality, and a call. */
  Scorecard score(Interview interview, String interviewer, double quality) {
    List<ScorecardSheet.Entry> ratings = new ArrayList<>();
    int sum = 0;
    for (KitItem item : kit.items()) {
      int rating =
          Math.max(1, Math.min(4, (int) Math.round(quality + random.nextGaussian() * 0.6)));
      sum += rating;
      ratings.add(new ScorecardSheet.Entry(item.kind(), item.name(), rating));
    }
    double mean = kit.items().isEmpty() ? quality : (double) sum / kit.items().size();
    Recommendation call =
        mean >= 3.4
            ? Recommendation.STRONG_YES
            : mean >= 2.7
                ? Recommendation.YES
                : mean >= 2.0 ? Recommendation.NO : Recommendation.STRONG_NO;
    return Scorecard.submit(
        interview,
        interviewer,
        kit,
        new ScorecardSheet(ratings, "Covered the kit; see the ratings.", call),
        interview.scheduledAt().plus(Duration.ofHours(20)));
  }
}
