package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadre.services.blueprint.document.ParsedBlueprint.Kpi;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads KPIs from the metrics table, or from list items "Name – Target: ... – Frequency: ...".
 *
 * <p>A flattened table row ends with its frequency, which the known frequency words (Weekly,
 * Monthly, Quarterly, Per release, ...) find; the cells before it are split by {@link
 * FlatRowSplitter}. A row without a frequency, or that cannot be split with confidence, is kept
 * whole in {@link Kpi#name()} with a warning.
 */
final class KpiExtractor {

  enum Field {
    NAME,
    MEASURES,
    WHY,
    TARGET,
    FREQUENCY
  }

  private static final List<Field> USUAL_ORDER =
      List.of(Field.NAME, Field.MEASURES, Field.WHY, Field.TARGET, Field.FREQUENCY);

  private KpiExtractor() {}

  static List<Kpi> extract(RawSection section, Warnings warnings) {
    List<Kpi> kpis = new ArrayList<>();
    for (Block block : section.blocks()) {
      if (block instanceof Block.Table table) {
        kpis.addAll(fromTable(table, section, warnings));
      }
    }
    for (String item : Items.entries(section.blocks(), null, KpiExtractor::field)) {
      LabeledItem<Field> parsed = LabeledItem.parse(item, KpiExtractor::field);
      if (parsed.name() != null && !parsed.fields().isEmpty()) {
        parsed.warnAboutUnknownLabels(
            KpiExtractor::field, section, "KPI " + Texts.quote(parsed.name()), warnings);
        add(
            kpis,
            kpi(
                parsed.name(),
                parsed.fields().get(Field.MEASURES),
                parsed.fields().get(Field.WHY),
                parsed.fields().get(Field.TARGET),
                parsed.fields().get(Field.FREQUENCY),
                section,
                warnings));
      }
    }
    return kpis;
  }

  static Field field(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.contains("why") || l.contains("rationale")) {
      return Field.WHY;
    }
    if (l.contains("frequen") || l.contains("cadence") || l.contains("how often")) {
      return Field.FREQUENCY;
    }
    if (l.contains("target")
        || l.contains("benchmark")
        || l.contains("goal")
        || l.contains("threshold")) {
      return Field.TARGET;
    }
    if (l.contains("measure")
        || l.contains("definition")
        || l.contains("formula")
        || l.contains("calculat")
        || l.contains("descr")) {
      return Field.MEASURES;
    }
    if (l.contains("value") || l.contains("impact") || l.contains("purpose")) {
      return Field.WHY;
    }
    if (l.contains("metric")
        || l.contains("kpi")
        || l.contains("name")
        || l.contains("indicator")) {
      return Field.NAME;
    }
    return null;
  }

  private static List<Kpi> fromTable(Block.Table table, RawSection section, Warnings warnings) {
    Map<Field, Integer> columns =
        TableColumns.map(table.header(), KpiExtractor::field, USUAL_ORDER, Field.class);
    TableColumns.warnAboutIgnored(table.header(), columns, section, "KPI", warnings);
    List<Kpi> kpis = new ArrayList<>();
    for (List<String> row : table.rows()) {
      List<String> cells =
          table.flattened() ? splitFlattened(row.get(0), table.header().size(), columns) : row;
      if (cells == null) {
        warnings.add(Messages.where(section) + Messages.unsplit(row.get(0)));
        Wording.Trailing frequency = Wording.trailingFrequency(row.get(0));
        add(
            kpis,
            frequency == null
                ? kpi(row.get(0), null, null, null, null, section, warnings)
                : kpi(
                    row.get(0).substring(0, frequency.start()),
                    null,
                    null,
                    null,
                    frequency.text(),
                    section,
                    warnings));
        continue;
      }
      add(
          kpis,
          kpi(
              TableColumns.cell(cells, columns, Field.NAME),
              TableColumns.cell(cells, columns, Field.MEASURES),
              TableColumns.cell(cells, columns, Field.WHY),
              TableColumns.cell(cells, columns, Field.TARGET),
              TableColumns.cell(cells, columns, Field.FREQUENCY),
              section,
              warnings));
    }
    return kpis;
  }

  /**
   * The cells of a flattened row whose last column is the frequency, or {@code null} when the
   * frequency or the other cells cannot be found.
   */
  private static List<String> splitFlattened(
      String row, int columnCount, Map<Field, Integer> columns) {
    Integer frequencyColumn = columns.get(Field.FREQUENCY);
    if (frequencyColumn == null || frequencyColumn != columnCount - 1) {
      return FlatRowSplitter.split(row, columnCount);
    }
    Wording.Trailing frequency = Wording.trailingFrequency(row);
    if (frequency == null) {
      return null;
    }
    List<String> cells =
        FlatRowSplitter.split(row.substring(0, frequency.start()), columnCount - 1);
    if (cells == null) {
      return null;
    }
    List<String> all = new ArrayList<>(cells);
    all.add(frequency.text());
    return all;
  }

  private static void add(List<Kpi> kpis, Kpi kpi) {
    if (kpi != null) {
      kpis.add(kpi);
    }
  }

  /** The KPI, or {@code null} when it has no name (an empty table row). */
  private static Kpi kpi(
      String name,
      String measures,
      String why,
      String target,
      String frequency,
      RawSection section,
      Warnings warnings) {
    String kpiName = Texts.orNull(name);
    if (kpiName == null) {
      return null;
    }
    if (Texts.orNull(frequency) == null) {
      warnings.add(
          Messages.where(section) + "the KPI " + Texts.quote(kpiName) + " has no frequency.");
    }
    return new Kpi(
        kpiName,
        Texts.orNull(measures),
        Texts.orNull(why),
        Texts.orNull(target),
        Texts.orNull(frequency));
  }
}
