package org.cadre.domain.hiring;

import java.time.Duration;
import java.time.Instant;

/** Applications on the default pipeline, moved at whole days after a fixed start. */
final class Pipelines {

  static final Instant T0 = Instant.parse("2027-01-04T09:00:00Z");
  static final Pipeline P = Pipeline.DEFAULT;

  private Pipelines() {}

  static Instant day(double days) {
    return T0.plus(Duration.ofSeconds(Math.round(days * 86_400)));
  }

  static Application applied(double onDay) {
    return Application.apply(7, 70, P, "hr", day(onDay));
  }

  /** Moves through the named stages on the given days: "Screen", 3, "Panel", 5, ... */
  static Application path(Application application, Object... stagesAndDays) {
    for (int i = 0; i < stagesAndDays.length; i += 2) {
      application.moveTo(
          (String) stagesAndDays[i], P, "hr", day(((Number) stagesAndDays[i + 1]).doubleValue()));
    }
    return application;
  }
}
