package org.cadre.reports.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ImportTemplateTest {

  private static final ImportTemplate EMPLOYEES =
      new ImportTemplate(
          "Employees",
          List.of(
              TemplateColumn.required("Employee number", "Unique per employee", "E-0001"),
              TemplateColumn.required("Name", "Full name", "Anna Müller"),
              TemplateColumn.required("Org unit", "Code of an existing org unit", "HR-01")
                  .withList("Org units"),
              TemplateColumn.optional("Level", "1 to 5", "3").withList("Levels"),
              TemplateColumn.optional("Hire date", "YYYY-MM-DD", "2026-02-28")),
          lists(
              "Org units", List.of("HR-01", "HR-02", "IT-01"),
              "Levels", List.of("1", "2", "3", "4", "5")),
          List.of("Existing employees are matched by their employee number and updated."));

  @Test
  void hasTheSheetToFillInFirstThenInstructionsThenTheHiddenLists() throws IOException {
    try (XSSFWorkbook workbook = open(EMPLOYEES)) {
      assertThat(workbook)
          .map(org.apache.poi.ss.usermodel.Sheet::getSheetName)
          .containsExactly("Employees", "Instructions", "Lists");
      assertThat(workbook.getSheetVisibility(0)).isEqualTo(SheetVisibility.VISIBLE);
      assertThat(workbook.getSheetVisibility(1)).isEqualTo(SheetVisibility.VISIBLE);
      assertThat(workbook.getSheetVisibility(2)).isEqualTo(SheetVisibility.HIDDEN);
      assertThat(workbook.getActiveSheetIndex()).isZero();
    }
  }

  @Test
  void hasABoldFrozenFilterableHeaderAndOneExampleRow() throws IOException {
    try (XSSFWorkbook workbook = open(EMPLOYEES)) {
      XSSFSheet sheet = workbook.getSheet("Employees");

      assertThat(texts(sheet.getRow(0)))
          .containsExactly("Employee number", "Name", "Org unit", "Level", "Hire date");
      assertThat(texts(sheet.getRow(1)))
          .containsExactly("E-0001", "Anna Müller", "HR-01", "3", "2026-02-28");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(
              workbook
                  .getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                  .getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isZero();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:E1");
      assertThat(sheet.getColumnWidth(0)).isEqualTo(17 * 256);
      assertThat(sheet.getColumnWidth(1)).isEqualTo(13 * 256);
      assertThat(sheet.getColumnWidth(3)).isEqualTo(12 * 256);
    }
  }

  @Test
  void offersEachListInADropDownThatRefersToItsNamedRangeOnTheHiddenSheet() throws IOException {
    try (XSSFWorkbook workbook = open(EMPLOYEES)) {
      XSSFSheet sheet = workbook.getSheet("Employees");
      List<XSSFDataValidation> validations = sheet.getDataValidations();

      assertThat(validations).hasSize(2);
      assertThat(validations)
          .extracting(v -> v.getRegions().getCellRangeAddresses()[0].formatAsString())
          .containsExactlyInAnyOrder("C2:C1048576", "D2:D1048576");
      XSSFDataValidation orgUnits =
          validations.stream()
              .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
              .findFirst()
              .orElseThrow();
      assertThat(orgUnits.getValidationConstraint().getValidationType())
          .isEqualTo(DataValidationConstraint.ValidationType.LIST);
      assertThat(orgUnits.getValidationConstraint().getFormula1()).isEqualTo("List_Org_units");
      assertThat(orgUnits.getValidationConstraint().getExplicitListValues()).isNull();
      assertThat(orgUnits.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.WARNING);
      assertThat(orgUnits.getShowErrorBox()).isTrue();
      assertThat(orgUnits.getErrorBoxText())
          .isEqualTo("This value is not one of the Org units offered. Check it, or choose one.");
      assertThat(orgUnits.getSuppressDropDownArrow()).isFalse();

      assertThat(workbook.getName("List_Org_units").getRefersToFormula())
          .isEqualTo("'Lists'!$A$2:$A$4");
      assertThat(workbook.getName("List_Levels").getRefersToFormula())
          .isEqualTo("'Lists'!$B$2:$B$6");
      XSSFSheet lists = workbook.getSheet("Lists");
      assertThat(texts(lists.getRow(0))).containsExactly("Org units", "Levels");
      assertThat(column(lists, 0)).containsExactly("HR-01", "HR-02", "IT-01");
      assertThat(column(lists, 1)).containsExactly("1", "2", "3", "4", "5");
    }
  }

  @Test
  void keepsListsOfThousandsOfValuesInARangeAndSkipsEmptyLists() throws IOException {
    List<String> units = IntStream.rangeClosed(1, 5_000).mapToObj(i -> "UNIT-" + i).toList();
    ImportTemplate template =
        new ImportTemplate(
            "Org units",
            List.of(
                TemplateColumn.required("Code", "Unique", "UNIT-0").withList("Unused"),
                TemplateColumn.optional("Parent", "Code of the parent unit", "UNIT-1")
                    .withList("Org unit codes")),
            lists("Unused", List.of(), "Org unit codes", units),
            List.of());

    try (XSSFWorkbook workbook = open(template)) {
      XSSFSheet sheet = workbook.getSheet("Org units");
      assertThat(sheet.getDataValidations()).hasSize(1);
      assertThat(sheet.getDataValidations().get(0).getValidationConstraint().getFormula1())
          .isEqualTo("List_Org_unit_codes");
      assertThat(workbook.getName("List_Org_unit_codes").getRefersToFormula())
          .isEqualTo("'Lists'!$B$2:$B$5001");
      assertThat(workbook.getName("List_Unused")).isNull();
      assertThat(column(workbook.getSheet("Lists"), 1)).isEqualTo(units);
    }
  }

  @Test
  void writesFormulaLikeTextAsQuotePrefixedText() throws IOException {
    String injected = "=HYPERLINK(\"http://x\",\"y\")";
    ImportTemplate template =
        new ImportTemplate(
            "Assessments",
            List.of(
                TemplateColumn.required("Competency", "A competency name", injected)
                    .withList("Competencies"),
                TemplateColumn.required("Score", "1 to 5", "3")),
            Map.of("Competencies", List.of("+Planning", "Coaching")),
            List.of());

    try (XSSFWorkbook workbook = open(template)) {
      Cell example = workbook.getSheet("Assessments").getRow(1).getCell(0);
      assertThat(example.getCellType()).isEqualTo(CellType.STRING);
      assertThat(example.getStringCellValue()).isEqualTo(injected);
      assertThat(example.getCellStyle().getQuotePrefixed()).isTrue();
      Cell plain = workbook.getSheet("Assessments").getRow(1).getCell(1);
      assertThat(plain.getCellStyle().getQuotePrefixed()).isFalse();
      Cell listed = workbook.getSheet("Lists").getRow(1).getCell(0);
      assertThat(listed.getCellType()).isEqualTo(CellType.STRING);
      assertThat(listed.getCellStyle().getQuotePrefixed()).isTrue();
      Cell instruction = workbook.getSheet("Instructions").getRow(1).getCell(3);
      assertThat(instruction.getCellType()).isEqualTo(CellType.STRING);
      assertThat(instruction.getStringCellValue()).isEqualTo(injected);
      assertThat(instruction.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void explainsEveryColumnAndAddsNotesOnTheInstructionsSheet() throws IOException {
    try (XSSFWorkbook workbook = open(EMPLOYEES)) {
      XSSFSheet sheet = workbook.getSheet("Instructions");
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        rows.add(sheet.getRow(r) == null ? List.of() : texts(sheet.getRow(r)));
      }

      assertThat(rows)
          .containsExactly(
              List.of("Column", "Required", "Rule", "Example", "Drop-down list"),
              List.of("Employee number", "yes", "Unique per employee", "E-0001", ""),
              List.of("Name", "yes", "Full name", "Anna Müller", ""),
              List.of("Org unit", "yes", "Code of an existing org unit", "HR-01", "Org units"),
              List.of("Level", "no", "1 to 5", "3", "Levels"),
              List.of("Hire date", "no", "YYYY-MM-DD", "2026-02-28", ""),
              List.of("", "", "", "", ""),
              List.of("Notes", "", "", "", ""),
              List.of(
                  "Existing employees are matched by their employee number and updated.",
                  "",
                  "",
                  "",
                  ""),
              List.of(
                  "Fill in one row per record on the sheet \"Employees\". Its row 2 is an"
                      + " example: overwrite it or delete it before uploading.",
                  "",
                  "",
                  "",
                  ""),
              List.of(
                  "Columns marked as required must be there and have a value on every row.",
                  "",
                  "",
                  "",
                  ""),
              List.of(
                  "Columns with a drop-down list offer the values known when this template was"
                      + " made; the lists are on the hidden sheet \"Lists\".",
                  "",
                  "",
                  "",
                  ""));
      assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void namesRangesSoExcelAcceptsThemAndNoTwoCollide() {
    Set<String> taken = new HashSet<>();

    assertThat(ListsSheet.rangeName("Org units", taken)).isEqualTo("List_Org_units");
    assertThat(ListsSheet.rangeName("Org-units", taken)).isEqualTo("List_Org_units_2");
    assertThat(ListsSheet.rangeName("Compétences (Müller)", taken))
        .isEqualTo("List_Competences_Muller");
    assertThat(ListsSheet.rangeName("A1", taken)).isEqualTo("List_A1");
  }

  @Test
  void refusesADescriptionItCannotWrite() {
    List<TemplateColumn> columns = List.of(TemplateColumn.required("Code", "Unique", "X"));

    assertThatThrownBy(
            () ->
                new ImportTemplate(
                    "Units",
                    List.of(TemplateColumn.required("Code", "Unique", "X").withList("Codes")),
                    Map.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the column Code refers to a list that is not given: Codes");
    assertThatThrownBy(() -> new ImportTemplate("Lists", columns, Map.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the template has its own sheet named Lists");
    assertThatThrownBy(
            () ->
                new ImportTemplate(
                    "Units",
                    List.of(
                        TemplateColumn.required("Code", "Unique", "X"),
                        TemplateColumn.optional("code", "Again", "Y")),
                    Map.of(),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the header code appears twice");
  }

  @Test
  void leavesOutTheListsSheetWhenThereAreNoLists() throws IOException {
    ImportTemplate template =
        new ImportTemplate(
            "Units", List.of(TemplateColumn.required("Code", "Unique", "X")), Map.of(), List.of());

    try (XSSFWorkbook workbook = open(template)) {
      assertThat(workbook)
          .map(org.apache.poi.ss.usermodel.Sheet::getSheetName)
          .containsExactly("Units", "Instructions");
      assertThat(workbook.getSheet("Units").getDataValidations()).isEmpty();
    }
  }

  private static Map<String, List<String>> lists(
      String name, List<String> values, String name2, List<String> values2) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put(name, values);
    lists.put(name2, values2);
    return lists;
  }

  static XSSFWorkbook open(ImportTemplate template) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    template.write(out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  private static List<String> texts(Row row) {
    DataFormatter formatter = new DataFormatter();
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < row.getLastCellNum(); c++) {
      texts.add(formatter.formatCellValue(row.getCell(c)));
    }
    return texts;
  }

  private static List<String> column(XSSFSheet sheet, int column) {
    List<String> values = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Cell cell = sheet.getRow(r).getCell(column);
      if (cell != null && cell.getCellType() == CellType.STRING) {
        values.add(cell.getStringCellValue());
      }
    }
    return values;
  }
}
