package org.cadre.web.portal;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * Bar charts as Chart.js configurations for {@code p:chart}, which PrimeFaces 15 renders with the
 * Chart.js it ships: nothing is fetched from elsewhere. Animation is off so a chart is complete as
 * soon as it shows. The pages' own charts ({@code PlanningCharts}, {@code HiringCharts}) choose the
 * data.
 */
public final class Charts {

  public static final String BRAND = "#2E5AAC";
  public static final String SOFT = "#84ADFF";
  public static final String WARM = "#B54708";

  private Charts() {}

  /** One set of bars: its legend label, its values (null leaves a gap) and its colour. */
  public static JsonObjectBuilder bars(String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour)
        .add("borderRadius", 4);
  }

  /** A bar chart of the datasets over the labels, legend below, the y axis from zero. */
  public static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
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
