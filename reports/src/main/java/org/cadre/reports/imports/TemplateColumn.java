package org.cadre.reports.imports;

import java.util.Objects;

/**
 * A column of an import template.
 *
 * @param header the header the import finds the column by
 * @param required whether every row must have a value in it
 * @param rule what a value must be, in a few words, e.g. "YYYY-MM-DD, not in the future"
 * @param example the value of the example row, or {@code null} for none
 * @param list the name of the drop-down list the values come from, or {@code null} for none
 */
public record TemplateColumn(
    String header, boolean required, String rule, String example, String list) {

  public TemplateColumn {
    Objects.requireNonNull(rule, "rule");
    if (header == null || header.isBlank()) {
      throw new IllegalArgumentException("a template column needs a header");
    }
  }

  public static TemplateColumn required(String header, String rule, String example) {
    return new TemplateColumn(header, true, rule, example, null);
  }

  public static TemplateColumn optional(String header, String rule, String example) {
    return new TemplateColumn(header, false, rule, example, null);
  }

  /** This column with a drop-down of the named list's values. */
  public TemplateColumn withList(String listName) {
    return new TemplateColumn(header, required, rule, example, listName);
  }
}
