package org.cadre.web.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.cadre.services.hiring.FunnelView;

/**
 * The hiring page's charts as Chart.js configurations for {@code p:chart}: the funnel (entered and
 * passed per reporting stage), days in stage, and source of hire. Animation is off.
 */
final class HiringCharts {

  private static final String BRAND = "#2E5AAC";
  private static final String SOFT = "#84ADFF";
  private static final String WARM = "#B54708";

  private HiringCharts() {}

  static String funnel(FunnelView funnel, String entered, String passed) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder in = Json.createArrayBuilder();
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (FunnelView.Stage stage : funnel.stages()) {
      labels.add(stage.label());
      in.add(stage.entered());
      if (stage.passed() == null) {
        out.addNull();
      } else {
        out.add(stage.passed());
      }
    }
    return PlanningCharts.bar(
        labels, Json.createArrayBuilder().add(set(entered, in, BRAND)).add(set(passed, out, SOFT)));
  }

  static String days(FunnelView funnel, String median, String p90) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder medians = Json.createArrayBuilder();
    JsonArrayBuilder p90s = Json.createArrayBuilder();
    for (FunnelView.Stage stage : funnel.stages()) {
      if (stage.passed() == null) {
        continue;
      }
      labels.add(stage.label());
      add(medians, stage.medianDays());
      add(p90s, stage.p90Days());
    }
    return PlanningCharts.bar(
        labels,
        Json.createArrayBuilder().add(set(median, medians, BRAND)).add(set(p90, p90s, WARM)));
  }

  static String sources(List<FunnelView.Source> sources, String hires) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    for (FunnelView.Source source : sources) {
      labels.add(source.label());
      counts.add(source.hires());
    }
    return PlanningCharts.bar(labels, Json.createArrayBuilder().add(set(hires, counts, BRAND)));
  }

  private static void add(JsonArrayBuilder values, BigDecimal value) {
    if (value == null) {
      values.addNull();
    } else {
      values.add(value);
    }
  }

  private static jakarta.json.JsonObjectBuilder set(
      String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderRadius", 4);
  }
}
