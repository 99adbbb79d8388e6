package org.cadre.reports.competency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Fill;
import org.cadre.reports.excel.SheetWriter;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * A unit's competencies as a workbook. "Heatmap": one row per person, one column per competency
 * holding the latest assessed level, coloured against the level the person's blueprint requires
 * (kept on the hidden sheet "Required", so the colours follow when levels are changed): green at or
 * above it, amber one below, red further below; stale assessments carry a comment; the name column
 * and the header stay in view. "Coverage" and "At risk" follow, then "Notes".
 */
public final class CompetencyWorkbook {

  public static final String HEATMAP = "Heatmap";
  public static final String REQUIRED = "Required";
  public static final String COVERAGE = "Coverage";
  public static final String AT_RISK = "At risk";
  public static final String NOTES = "Notes";

  /** Columns before the first competency on the heatmap. */
  public static final int PERSON_COLUMNS = 6;

  /**
   * One competency of the unit.
   *
   * @param heldBy the names of its holders
   */
  public record Competency(
      long id,
      String name,
      boolean critical,
      int needed,
      int qualified,
      double coverage,
      boolean atRisk,
      List<String> heldBy) {

    public Competency {
      heldBy = List.copyOf(heldBy);
    }
  }

  /**
   * One person in one competency.
   *
   * @param required null when their blueprint does not require it
   * @param assessed null when never assessed
   */
  public record Cell(Integer required, Integer assessed, boolean stale) {}

  /**
   * One person.
   *
   * @param readiness proportional readiness for their blueprint; null without one
   * @param cells by competency id
   */
  public record Person(
      String name,
      String number,
      String blueprint,
      String level,
      Double readiness,
      Integer weightedGap,
      Map<Long, Cell> cells) {

    public Person {
      cells = Map.copyOf(cells);
    }
  }

  /**
   * @param title e.g. "Platform Security (ENG-PLAT-SEC) and below"
   * @param notes lines explaining the numbers, for the "Notes" sheet
   */
  public record Content(
      String title,
      LocalDate asOf,
      List<Competency> competencies,
      List<Person> people,
      List<String> notes) {

    public Content {
      competencies = List.copyOf(competencies);
      people = List.copyOf(people);
      notes = List.copyOf(notes);
    }
  }

  private CompetencyWorkbook() {}

  public static byte[] render(Content content) {
    try (WorkbookWriter workbook = new WorkbookWriter()) {
      List<Competency> competencies = content.competencies();
      SheetWriter heatmap = workbook.sheet(HEATMAP, heatmapColumns(competencies));
      heatmap.freeze(1);
      heatmap.headerLines(4);
      for (Person person : content.people()) {
        List<Object> values = personValues(person);
        Map<Integer, String> notes = new HashMap<>();
        for (int i = 0; i < competencies.size(); i++) {
          Cell cell = person.cells().get(competencies.get(i).id());
          values.add(cell == null ? null : cell.assessed());
          if (cell != null && cell.stale()) {
            notes.put(
                PERSON_COLUMNS + i, "Stale: assessed longer ago than the stale setting allows.");
          }
        }
        heatmap.row(values, notes);
      }
      SheetWriter required = workbook.sheet(REQUIRED, heatmapColumns(competencies));
      for (Person person : content.people()) {
        List<Object> values = personValues(person);
        for (Competency competency : competencies) {
          Cell cell = person.cells().get(competency.id());
          values.add(cell == null ? null : cell.required());
        }
        required.row(values.toArray());
      }
      required.hide();
      colour(heatmap, competencies.size());
      writeCoverage(workbook.sheet(COVERAGE, coverageColumns()), competencies);
      writeAtRisk(workbook.sheet(AT_RISK, atRiskColumns()), competencies);
      SheetWriter notes = workbook.sheet(NOTES, List.of(Column.wrappedText(NOTES, 110)));
      notes.row(content.title() + ", as of " + content.asOf());
      content.notes().forEach(notes::row);
      return workbook.toBytes();
    }
  }

  private static List<Column> heatmapColumns(List<Competency> competencies) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("Name", 26));
    columns.add(Column.text("Number", 10));
    columns.add(Column.text("Blueprint", 28));
    columns.add(Column.text("Level", 12));
    columns.add(Column.percent("Readiness", 10));
    columns.add(Column.integer("Weighted gap", 10));
    competencies.forEach(c -> columns.add(Column.integer(c.name(), 12)));
    return columns;
  }

  private static List<Object> personValues(Person person) {
    List<Object> values = new ArrayList<>();
    values.add(person.name());
    values.add(person.number());
    values.add(person.blueprint());
    values.add(person.level());
    values.add(person.readiness());
    values.add(person.weightedGap());
    return values;
  }

  /** Green at or above the required level, amber one below, red further below. */
  private static void colour(SheetWriter heatmap, int competencies) {
    int first = PERSON_COLUMNS;
    int last = PERSON_COLUMNS + competencies - 1;
    String cell = SheetWriter.firstCell(first);
    String required = "'" + REQUIRED + "'!" + cell;
    String isRequired = "ISNUMBER(" + required + ")";
    String assessed = "N(" + cell + ")";
    heatmap.fillWhen(
        first, last, "AND(" + isRequired + "," + assessed + ">=" + required + ")", Fill.GOOD);
    heatmap.fillWhen(
        first, last, "AND(" + isRequired + "," + assessed + "=" + required + "-1)", Fill.NEUTRAL);
    heatmap.fillWhen(
        first, last, "AND(" + isRequired + "," + assessed + "<" + required + "-1)", Fill.BAD);
  }

  private static List<Column> coverageColumns() {
    return List.of(
        Column.text("Competency", 36),
        Column.text("Critical", 9),
        Column.integer("Needed", 9),
        Column.integer("Qualified", 10),
        Column.percent("Coverage", 10),
        Column.integer("Holders", 9),
        Column.text("At risk", 9));
  }

  private static void writeCoverage(SheetWriter sheet, List<Competency> competencies) {
    for (Competency c : competencies) {
      sheet.row(
          c.name(),
          c.critical() ? "Yes" : "No",
          c.needed(),
          c.qualified(),
          c.coverage(),
          c.heldBy().size(),
          c.atRisk() ? "Yes" : "No");
    }
    int coverage = 4;
    String cell = SheetWriter.firstCell(coverage);
    sheet.fillWhen(coverage, coverage, "AND(ISNUMBER(" + cell + ")," + cell + "<0.5)", Fill.BAD);
  }

  private static List<Column> atRiskColumns() {
    return List.of(
        Column.text("Competency", 36),
        Column.integer("Needed", 9),
        Column.percent("Coverage", 10),
        Column.integer("Holders", 9),
        Column.wrappedText("Held by", 40));
  }

  private static void writeAtRisk(SheetWriter sheet, List<Competency> competencies) {
    for (Competency c : competencies) {
      if (c.atRisk()) {
        sheet.row(
            c.name(),
            c.needed(),
            c.coverage(),
            c.heldBy().size(),
            c.heldBy().isEmpty() ? "Nobody" : String.join(", ", c.heldBy()));
      }
    }
  }
}
