package org.cadre.reports.pdf;

import java.util.List;
import java.util.Map;

/**
 * The rows of a subreport, each a map of field name to value, given as the value of a field of the
 * report around it. A value may itself be {@link Rows} or a {@link Template}.
 */
public final class Rows {

  private final List<? extends Map<String, ?>> rows;

  Rows(List<? extends Map<String, ?>> rows) {
    this.rows = List.copyOf(rows);
  }

  List<? extends Map<String, ?>> list() {
    return rows;
  }
}
