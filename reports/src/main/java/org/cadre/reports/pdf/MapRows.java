package org.cadre.reports.pdf;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A data source over maps that hands nested {@link Rows} and {@link Template}s to the engine as the
 * data sources and compiled reports it takes.
 */
final class MapRows implements JRRewindableDataSource {

  private final List<? extends Map<String, ?>> rows;
  private Iterator<? extends Map<String, ?>> next;
  private Map<String, ?> current;

  MapRows(List<? extends Map<String, ?>> rows) {
    this.rows = rows;
    moveFirst();
  }

  @Override
  public boolean next() {
    if (!next.hasNext()) {
      return false;
    }
    current = next.next();
    return true;
  }

  @Override
  public Object getFieldValue(JRField field) {
    return engineValue(current.get(field.getName()));
  }

  @Override
  public void moveFirst() {
    next = rows.iterator();
    current = null;
  }

  /** The value as the engine takes it: rows as a data source, a template as a compiled report. */
  static Object engineValue(Object value) {
    if (value instanceof Rows nested) {
      return new MapRows(nested.list());
    }
    if (value instanceof Template template) {
      return template.report();
    }
    return value;
  }
}
