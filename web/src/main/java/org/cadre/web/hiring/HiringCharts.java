package org.cadre.web.hiring;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.cadre.services.hiring.FunnelView;
import org.cadre.web.portal.Charts;

/**
 * The hiring page's charts as Chart.js configurations for {@code p:chart}: the funnel (entered and
 * passed per reporting stage), days in stage, and source of hire ({@link Charts}).
 */
final class HiringCharts {

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
    return Charts.bar(
        labels,
        Json.createArrayBuilder()
            .add(Charts.bars(entered, in, Charts.BRAND))
            .add(Charts.bars(passed, out, Charts.SOFT)));
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
    return Charts.bar(
        labels,
        Json.createArrayBuilder()
            .add(Charts.bars(median, medians, Charts.BRAND))
            .add(Charts.bars(p90, p90s, Charts.WARM)));
  }

  static String sources(List<FunnelView.Source> sources, String hires) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    for (FunnelView.Source source : sources) {
      labels.add(source.label());
      counts.add(source.hires());
    }
    return Charts.bar(
        labels, Json.createArrayBuilder().add(Charts.bars(hires, counts, Charts.BRAND)));
  }

  private static void add(JsonArrayBuilder values, BigDecimal value) {
    if (value == null) {
      values.addNull();
    } else {
      values.add(value);
    }
  }
}
