package org.cadre.web.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cadre.domain.planning.Quarter;

/** The quarters the planning pages offer in their menus: a year back and two years ahead. */
public final class QuarterChoices {

  private static final int PAST = 4;
  private static final int FUTURE = 8;

  private QuarterChoices() {}

  public static Quarter current() {
    return Quarter.containing(LocalDate.now());
  }

  public static List<String> around() {
    Quarter first = current();
    for (int i = 0; i < PAST; i++) {
      first = first.previous();
    }
    List<String> choices = new ArrayList<>();
    for (Quarter q = first; choices.size() <= PAST + FUTURE; q = q.next()) {
      choices.add(q.toString());
    }
    return choices;
  }
}
