package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.ScenarioRepository;
import org.cadre.domain.planning.Scenarios;
import org.cadre.services.common.InvalidInputException;

/** Reads the quarters and scenario names callers send, with a 400 naming the parameter. */
@ApplicationScoped
public class PlanningTerms {

  private ScenarioRepository scenarios;

  protected PlanningTerms() {
    // for CDI
  }

  @Inject
  public PlanningTerms(ScenarioRepository scenarios) {
    this.scenarios = scenarios;
  }

  public Quarter quarter(String parameter, String text) {
    return Quarter.parse(text)
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    parameter, text, "write a quarter as year, -Q and its number, e.g. 2027-Q1"));
  }

  /** The quarters from first to last, at most {@link Quarter#MAX_RANGE} of them. */
  public List<Quarter> range(String fromText, String toText) {
    Quarter from = quarter("from", fromText);
    Quarter to = quarter("to", toText);
    List<Quarter> range = Quarter.range(from, to);
    if (range.isEmpty()) {
      throw InvalidInputException.of("to", toText, "the last quarter comes before the first");
    }
    if (range.size() > Quarter.MAX_RANGE) {
      throw InvalidInputException.of(
          "to", toText, "ask for at most " + Quarter.MAX_RANGE + " quarters at once");
    }
    return range;
  }

  /** The scenario's name: {@code baseline} when none is given, else a scenario that exists. */
  public String scenario(String name) {
    if (name == null || name.isBlank() || Scenarios.BASELINE.equals(name.strip())) {
      return Scenarios.BASELINE;
    }
    String wanted = name.strip();
    if (scenarios.find(wanted).isEmpty()) {
      throw InvalidInputException.of("scenario", name, "there is no scenario with this name");
    }
    return wanted;
  }
}
