package org.cadre.web.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.cadre.services.planning.PlanTotals;
import org.cadre.services.planning.QuarterHeadcountView;

/**
 * The planning page's charts as Chart.js configurations for {@code p:chart}, which PrimeFaces 15
 * renders with the Chart.js it ships: nothing is fetched from elsewhere. Animation is off so the
 * chart is complete as soon as it shows.
 */
final class PlanningCharts {

  private static final String BRAND = "#2E5AAC";
  private static final String SOFT = "#84ADFF";
  private static final String BUDGET = "#B54708";

  private PlanningCharts() {}

  /** Planned against actual FTE by quarter, as bars side by side. */
  static String headcount(List<QuarterHeadcountView> quarters, String planned, String actual) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(bars(planned, quarters, PlanTotals::plannedFte, BRAND))
            .add(bars(actual, quarters, PlanTotals::actualFte, SOFT));
    return chart(quarters, datasets);
  }

  /** Planned cost as bars against the budget as a line; quarters without a budget leave a gap. */
  static String cost(List<QuarterHeadcountView> quarters, String cost, String budget) {
    JsonObjectBuilder line =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", budget)
            .add("data", values(quarters, PlanTotals::budget))
            .add("borderColor", BUDGET)
            .add("backgroundColor", BUDGET)
            .add("pointRadius", 4);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(bars(cost, quarters, PlanTotals::annualCost, BRAND))
            .add(line);
    return chart(quarters, datasets);
  }

  private static JsonObjectBuilder bars(
      String label,
      List<QuarterHeadcountView> quarters,
      Function<PlanTotals, BigDecimal> value,
      String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values(quarters, value))
        .add("backgroundColor", colour)
        .add("borderRadius", 4);
  }

  private static JsonArrayBuilder values(
      List<QuarterHeadcountView> quarters, Function<PlanTotals, BigDecimal> value) {
    JsonArrayBuilder values = Json.createArrayBuilder();
    for (QuarterHeadcountView quarter : quarters) {
      BigDecimal number = value.apply(quarter.totals());
      if (number == null) {
        values.addNull();
      } else {
        values.add(number);
      }
    }
    return values;
  }

  private static String chart(List<QuarterHeadcountView> quarters, JsonArrayBuilder datasets) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    quarters.forEach(q -> labels.add(q.period()));
    return bar(labels, datasets);
  }

  /** A bar chart of the datasets over the labels, legend below, the y axis from zero. */
  static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true))))
        .build()
        .toString();
  }
}
