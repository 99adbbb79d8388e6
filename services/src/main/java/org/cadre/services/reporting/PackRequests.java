package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cadre.domain.planning.Quarter;
import org.cadre.domain.planning.Scenario;
import org.cadre.domain.planning.ScenarioRepository;
import org.cadre.domain.planning.Scenarios;
import org.cadre.domain.reporting.PackFormat;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.UnitDetail;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.planning.PlanningTerms;

/**
 * Reads a pack command into a request, refusing it with every problem at once (field, value and
 * reason). A scenario plans only its own quarters, so a pack of one covers the quarters asked for
 * that the scenario plans (it is refused if there are none): elsewhere it would compare the
 * baseline with nothing. Whether the caller may see the unit is checked when the pack's figures are
 * read.
 */
@ApplicationScoped
public class PackRequests {

  private PlanningTerms terms;
  private ScenarioRepository scenarios;

  protected PackRequests() {
    // for CDI
  }

  @Inject
  public PackRequests(PlanningTerms terms, ScenarioRepository scenarios) {
    this.terms = terms;
    this.scenarios = scenarios;
  }

  public ReportRequest read(WorkforcePackCommand command) {
    List<InvalidInputException.Problem> problems = new ArrayList<>();
    String type = blankTo(command.type(), ReportRequest.WORKFORCE);
    if (!ReportRequest.WORKFORCE.equals(type)) {
      problems.add(problem("type", command.type(), "the only type of pack is workforce"));
    }
    Quarter first = quarter("from", command.from(), problems);
    Quarter last = quarter("to", command.to(), problems);
    if (first != null && last != null) {
      try {
        terms.range(first.toString(), last.toString());
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    String scenario = null;
    try {
      scenario = terms.scenario(command.scenario());
    } catch (InvalidInputException e) {
      problems.addAll(e.problems());
    }
    Optional<Scenario> planned =
        scenario == null || Scenarios.BASELINE.equals(scenario)
            ? Optional.empty()
            : scenarios.find(scenario);
    if (planned.isPresent() && first != null && last != null) {
      Scenario s = planned.get();
      first = first.compareTo(s.first()) < 0 ? s.first() : first;
      last = last.compareTo(s.last()) > 0 ? s.last() : last;
      if (first.compareTo(last) > 0) {
        problems.add(
            problem(
                "scenario",
                scenario,
                "the scenario plans "
                    + s.first()
                    + " to "
                    + s.last()
                    + "; choose quarters among them"));
      }
    }
    UnitDetail detail =
        choice(
            "detail",
            command.detail(),
            UnitDetail.DEPARTMENTS,
            Arrays.stream(UnitDetail.values()).toList(),
            d -> d.name().toLowerCase(Locale.ROOT),
            problems);
    PackFormat format =
        choice(
            "format",
            command.format(),
            PackFormat.PDF,
            Arrays.stream(PackFormat.values()).toList(),
            PackFormat::extension,
            problems);
    Locale language =
        choice(
            "lang",
            command.lang(),
            Locale.ENGLISH,
            PackLabels.LANGUAGES,
            Locale::getLanguage,
            problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.stream()
              .map(p -> p.field() + ": " + p.reason())
              .collect(Collectors.joining("; ")),
          problems);
    }
    String unit =
        command.orgUnit() == null || command.orgUnit().isBlank() ? null : command.orgUnit().strip();
    return new ReportRequest(
        type, unit, first, last, scenario, detail, format, language.getLanguage());
  }

  private static Quarter quarter(
      String field, String text, List<InvalidInputException.Problem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(problem(field, text, "give a quarter, e.g. 2027-Q1"));
      return null;
    }
    return Quarter.parse(text)
        .orElseGet(
            () -> {
              problems.add(
                  problem(field, text, "write a quarter as year, -Q and its number, e.g. 2027-Q1"));
              return null;
            });
  }

  private static <T> T choice(
      String field,
      String text,
      T fallback,
      List<T> values,
      java.util.function.Function<T, String> name,
      List<InvalidInputException.Problem> problems) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (T value : values) {
      if (name.apply(value).equals(wanted)) {
        return value;
      }
    }
    problems.add(
        problem(
            field,
            text,
            "use one of " + values.stream().map(name).collect(Collectors.joining(", "))));
    return fallback;
  }

  private static String blankTo(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text.strip();
  }

  private static InvalidInputException.Problem problem(String field, Object value, String reason) {
    return new InvalidInputException.Problem(
        field, value == null ? null : value.toString(), reason);
  }
}
