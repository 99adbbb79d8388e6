package org.cadre.web.it;

import java.time.Clock;
import java.time.LocalDate;
import org.cadre.domain.planning.Quarter;

/**
 * The planning periods the integration tests use, all derived from one clock read once per test
 * run, so no test depends on the date it runs on. The demo data plans the quarter the server starts
 * in and the next three ({@code DemoPlanning}); a test that needs periods of its own takes them
 * after that range.
 */
final class Periods {

  /** The day the test run (and the server it started) is on. */
  static final LocalDate TODAY = LocalDate.now(Clock.systemDefaultZone());

  /** The quarter the test run (and the server it started) is in. */
  static final Quarter CURRENT = Quarter.containing(TODAY);

  private Periods() {}

  /** The quarter so many quarters after the current one. */
  static String plus(int quarters) {
    return CURRENT.plus(quarters).toString();
  }

  /** The last quarter the demo plans: the planning page shows it last by default. */
  static String lastDemoQuarter() {
    return plus(3);
  }
}
