package org.cadre.web.planning;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.cadre.services.planning.PlanTotals;
import org.cadre.services.planning.QuarterHeadcountView;
import org.cadre.web.portal.Charts;

/** The planning page's charts: headcount and cost by quarter ({@link Charts}). */
final class PlanningCharts {

  private PlanningCharts() {}

  /** Planned against actual FTE by quarter, as bars side by side. */
  static String headcount(List<QuarterHeadcountView> quarters, String planned, String actual) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(Charts.bars(planned, values(quarters, PlanTotals::plannedFte), Charts.BRAND))
            .add(Charts.bars(actual, values(quarters, PlanTotals::actualFte), Charts.SOFT));
    return chart(quarters, datasets);
  }

  /** Planned cost as bars against the budget as a line; quarters without a budget leave a gap. */
  static String cost(List<QuarterHeadcountView> quarters, String cost, String budget) {
    JsonObjectBuilder line =
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", budget)
            .add("data", values(quarters, PlanTotals::budget))
            .add("borderColor", Charts.WARM)
            .add("backgroundColor", Charts.WARM)
            .add("pointRadius", 4);
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(Charts.bars(cost, values(quarters, PlanTotals::annualCost), Charts.BRAND))
            .add(line);
    return chart(quarters, datasets);
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
    return Charts.bar(labels, datasets);
  }
}
