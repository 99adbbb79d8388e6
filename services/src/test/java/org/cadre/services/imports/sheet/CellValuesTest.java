package org.cadre.services.imports.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.cadre.domain.imports.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Values are read as their column's kind, or give a problem naming row, column, value, reason. */
class CellValuesTest {

  private static final List<Object> HEADER =
      List.of("Employee number", "Name", "Hire date", "FTE", "Level", "Active");

  @Test
  void refusesTextInANumberCellOfAWorkbook() {
    SheetRow row = workbookRow("E-1", "Ann", "2026-01-02", "full time", "three");

    assertThat(row.decimal(Employees.FTE)).isNull();
    assertThat(row.integer(Employees.LEVEL)).isNull();
    assertThat(messages(row))
        .containsExactly(
            "Row 2, column \"FTE\": \"full time\" is not a number; write a number such as 0.5",
            "Row 2, column \"Level\": \"three\" is not a whole number; write a whole number such"
                + " as 3");
    assertThat(row.problems().get(0))
        .isEqualTo(
            new ImportProblem(
                2,
                "FTE",
                3,
                "full time",
                "\"full time\" is not a number; write a number such as 0.5"));
  }

  @Test
  void readsNumbersStoredAsTextAndKeepsTheDigitsASpreadsheetShows() {
    SheetRow row = workbookRow(1001, "Ann", "2026-01-02", "0.75", 3.0);
    SheetRow sum = workbookRow("E-1", "Ann", "2026-01-02", 0.1 + 0.2, "12");

    assertThat(row.text(Employees.NUMBER)).isEqualTo("1001");
    assertThat(row.decimal(Employees.FTE)).isEqualByComparingTo("0.75");
    assertThat(row.integer(Employees.LEVEL)).isEqualTo(3);
    assertThat(sum.decimal(Employees.FTE)).hasToString("0.3");
    assertThat(sum.integer(Employees.LEVEL)).isEqualTo(12);
    assertThat(messages(row)).isEmpty();
    assertThat(messages(sum)).isEmpty();
  }

  @Test
  void refusesFractionsAndHugeNumbersWhereAWholeNumberBelongs() {
    SheetRow fraction = workbookRow("E-1", "Ann", "2026-01-02", null, 3.5);
    SheetRow huge = csvRow(",", "E-1,Ann,2026-01-02,,99999999999");

    assertThat(fraction.integer(Employees.LEVEL)).isNull();
    assertThat(huge.integer(Employees.LEVEL)).isNull();
    assertThat(messages(fraction))
        .containsExactly("Row 2, column \"Level\": \"3.5\" is not a whole number");
    assertThat(messages(huge))
        .containsExactly("Row 2, column \"Level\": \"99999999999\" is too large");
  }

  @Test
  void refusesAnImpossibleDateSayingWhy() {
    SheetRow fromCsv = csvRow(",", "E-1,Ann,31/02/2026");
    SheetRow fromWorkbook = workbookRow("E-1", "Ann", "31/02/2026");

    assertThat(fromCsv.date(Employees.HIRE_DATE)).isNull();
    assertThat(fromWorkbook.date(Employees.HIRE_DATE)).isNull();
    String message =
        "Row 2, column \"Hire date\": \"31/02/2026\" is not a date (day 31 does not exist in"
            + " February 2026); write dates as YYYY-MM-DD, e.g. 2026-02-28";
    assertThat(messages(fromCsv)).containsExactly(message);
    assertThat(messages(fromWorkbook)).containsExactly(message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-28",
        "2026-2-28",
        "2026-02-28 09:30",
        "2026-02-28T09:30:15",
        "28.02.2026",
        "28/02/2026",
        "02/28/2026",
        " 28.2.2026 "
      })
  void readsDatesWrittenAsText(String text) {
    SheetRow row = csvRow(";", "E-1;Ann;" + text);

    assertThat(row.date(Employees.HIRE_DATE)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(row.problems()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          03/04/2026 | "03/04/2026" is ambiguous: it could be 3 April or March 4, 2026; write dates as YYYY-MM-DD, e.g. 2026-04-03
          28/02/26   | "28/02/26" is not a date (the year needs four digits); write dates as YYYY-MM-DD, e.g. 2026-02-28
          2026-13-01 | "2026-13-01" is not a date (there is no month 13); write dates as YYYY-MM-DD, e.g. 2026-02-28
          29.02.2025 | "29.02.2025" is not a date (day 29 does not exist in February 2025); write dates as YYYY-MM-DD, e.g. 2025-02-28
          0026-01-01 | "0026-01-01" is not a date (the year 26 is before 1900); write dates as YYYY-MM-DD, e.g. 2026-02-28
          28-02-2026 | "28-02-2026" is not a date; write dates as YYYY-MM-DD, e.g. 2026-02-28
          next week  | "next week" is not a date; write dates as YYYY-MM-DD, e.g. 2026-02-28
          """)
  void refusesDatesItCannotReadSurely(String text, String reason) {
    SheetRow row = csvRow(";", "E-1;Ann;" + text);

    assertThat(row.date(Employees.HIRE_DATE)).isNull();
    assertThat(messages(row)).containsExactly("Row 2, column \"Hire date\": " + reason);
  }

  @Test
  void readsDateCellsOfAWorkbookAndRefusesPlainNumbersAsDates() {
    SheetRow date = workbookRow("E-1", "Ann", LocalDateTime.of(2026, 2, 28, 9, 30));
    SheetRow number = workbookRow("E-1", "Ann", 46081);

    assertThat(date.date(Employees.HIRE_DATE)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(date.texts().get(2)).isEqualTo("2026-02-28 09:30");
    assertThat(number.date(Employees.HIRE_DATE)).isNull();
    assertThat(messages(number))
        .containsExactly(
            "Row 2, column \"Hire date\": \"46081\" is not a date; format the cell as a date or"
                + " write it as YYYY-MM-DD");
  }

  @Test
  void readsDecimalCommasInSemicolonSeparatedFilesOnly() {
    SheetRow semicolons = csvRow(";", "E-1;Ann;2026-01-02;0,75");
    SheetRow dotInSemicolons = csvRow(";", "E-1;Ann;2026-01-02;0.75");
    SheetRow commas = csvRow(",", "E-1,Ann,2026-01-02,\"0,75\"");
    SheetRow grouped = csvRow(";", "E-1;Ann;2026-01-02;1.234,5");

    assertThat(semicolons.decimal(Employees.FTE)).isEqualByComparingTo("0.75");
    assertThat(dotInSemicolons.decimal(Employees.FTE)).isEqualByComparingTo("0.75");
    assertThat(commas.decimal(Employees.FTE)).isNull();
    assertThat(grouped.decimal(Employees.FTE)).isNull();
    assertThat(messages(commas))
        .containsExactly(
            "Row 2, column \"FTE\": \"0,75\" has a decimal comma; write a number with a decimal"
                + " point, e.g. 0.75");
    assertThat(messages(grouped))
        .containsExactly(
            "Row 2, column \"FTE\": \"1.234,5\" has thousands separators; write a number without"
                + " them, e.g. 1234,5");
  }

  @Test
  void readsTheCachedValueOfFormulaCellsWithoutEvaluatingThem() {
    SheetRow row =
        workbookRow(
            "E-1",
            new TestFiles.Formula("HYPERLINK(\"http://x\",\"y\")", "y"),
            new TestFiles.Formula("DATE(2026,2,28)", LocalDate.of(2026, 2, 28)),
            new TestFiles.Formula("1/0", FormulaError.DIV0),
            new TestFiles.Formula("2+2", 5),
            new TestFiles.Formula("TRUE()", false));

    assertThat(row.text(Employees.NAME)).isEqualTo("y");
    assertThat(row.date(Employees.HIRE_DATE)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(row.decimal(Employees.FTE)).isNull();
    assertThat(row.integer(Employees.LEVEL)).as("the cached value, not 2+2").isEqualTo(5);
    assertThat(row.bool(Employees.ACTIVE)).isFalse();
    assertThat(messages(row))
        .containsExactly(
            "Row 2, column \"FTE\": \"#DIV/0!\" is an error left by a formula; correct the formula"
                + " or type the value");
  }

  @Test
  void readsTextThatLooksLikeAFormulaExactlyAsWritten() {
    List<String> injections =
        List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1:A2)", "=1+1");
    for (String text : injections) {
      SheetRow fromWorkbook = workbookRow("E-1", text, "2026-01-02");
      SheetRow fromCsv = csvRow(",", "E-1,\"" + text.replace("\"", "\"\"") + "\",2026-01-02");

      assertThat(fromWorkbook.text(Employees.NAME)).isEqualTo(text);
      assertThat(fromCsv.text(Employees.NAME)).isEqualTo(text);
      assertThat(fromCsv.texts().get(1)).isEqualTo(text);
    }
  }

  @Test
  void requiresAValueInRequiredColumnsAndStripsWhiteSpace() {
    SheetRow row = csvRow(",", "\u00A0E-1 ,  ,2026-01-02");

    assertThat(row.text(Employees.NUMBER)).isEqualTo("E-1");
    assertThat(row.text(Employees.NAME)).isNull();
    assertThat(row.text(Employees.NAME)).as("asked twice, recorded once").isNull();
    assertThat(row.decimal(Employees.FTE)).as("optional and empty").isNull();
    assertThat(messages(row)).containsExactly("Row 2, column \"Name\": a value is required");
  }

  @Test
  void readsYesAndNoInTheirCommonSpellings() {
    assertThat(csvRow(",", "E-1,Ann,2026-01-02,,,Yes").bool(Employees.ACTIVE)).isTrue();
    assertThat(csvRow(",", "E-1,Ann,2026-01-02,,,n").bool(Employees.ACTIVE)).isFalse();
    assertThat(csvRow(",", "E-1,Ann,2026-01-02,,,FALSE").bool(Employees.ACTIVE)).isFalse();
    assertThat(workbookRow("E-1", "Ann", "2026-01-02", null, null, true).bool(Employees.ACTIVE))
        .isTrue();
    assertThat(workbookRow("E-1", "Ann", "2026-01-02", null, null, 1).bool(Employees.ACTIVE))
        .isTrue();
    SheetRow maybe = csvRow(",", "E-1,Ann,2026-01-02,,,maybe");

    assertThat(maybe.bool(Employees.ACTIVE)).isNull();
    assertThat(messages(maybe))
        .containsExactly("Row 2, column \"Active\": \"maybe\" is not yes or no; write yes or no");
  }

  @Test
  void flagsACsvRowWithMoreValuesThanTheHeaderHasColumns() {
    SheetRow row = csvRow(",", "E-1,Smith, John,2026-01-02,1,2,yes");

    assertThat(messages(row))
        .containsExactly(
            "Row 2: 7 values, but the header row has 6 columns; put values that contain a comma in"
                + " double quotes");
    assertThat(row.problems().get(0).columnIndex()).isEqualTo(-1);
  }

  @Test
  void recordsTheImportsOwnProblemsTheSameWay() {
    SheetRow row = csvRow(",", "E-1,Ann,2026-01-02,,9");

    row.reject(Employees.LEVEL, "\"9\" is not a level of the blueprint; use 1 to 5");

    assertThat(row.problems())
        .containsExactly(
            new ImportProblem(
                2, "Level", 4, "9", "\"9\" is not a level of the blueprint; use 1 to 5"));
    assertThat(row.problems().get(0).withinRow())
        .isEqualTo("column \"Level\": \"9\" is not a level of the blueprint; use 1 to 5");
  }

  private static SheetRow workbookRow(Object... values) {
    List<List<Object>> rows = List.of(HEADER, Arrays.asList(values));
    return only(SheetReading.rows(TestFiles.xlsx(rows), "staff.xlsx", Employees.COLUMNS));
  }

  private static SheetRow csvRow(String delimiter, String line) {
    String header = String.join(delimiter, HEADER.stream().map(Object::toString).toList());
    byte[] content = TestFiles.utf8(header + "\n" + line + "\n");
    return only(SheetReading.rows(content, "staff.csv", Employees.COLUMNS));
  }

  private static SheetRow only(List<SheetRow> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private static List<String> messages(SheetRow row) {
    List<String> messages = new ArrayList<>();
    row.problems().forEach(problem -> messages.add(problem.message()));
    return messages;
  }
}
