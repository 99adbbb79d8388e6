package org.cadre.domain.reporting;

import java.util.Objects;
import org.cadre.domain.planning.Quarter;

/**
 * What a pack is to show: a unit's subtree (or the whole organisation the requester sees) over a
 * range of quarters in a scenario, with pages for the units down to a detail, as a file in a
 * language.
 *
 * @param unitCode null for the whole organisation the requester sees
 * @param language a language tag, e.g. {@code en} or {@code de}
 */
public record ReportRequest(
    String kind,
    String unitCode,
    Quarter first,
    Quarter last,
    String scenario,
    UnitDetail detail,
    PackFormat format,
    String language) {

  /** The only kind of pack so far. */
  public static final String WORKFORCE = "workforce";

  public ReportRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(language, "language");
  }
}
