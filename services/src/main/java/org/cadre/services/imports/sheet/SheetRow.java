package org.cadre.services.imports.sheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.services.common.TextRules;

/**
 * A data row of an upload with typed access to its columns. Each accessor returns the value, or
 * {@code null} when the cell is empty or cannot be read as the column's kind; in the latter case,
 * and when a required column is empty, it records an {@link ImportProblem} that names the row, the
 * column, the value and the reason.
 *
 * <p>Text comes back exactly as written, less surrounding white space, and is refused when it holds
 * control characters or bidi overrides ({@link TextRules}): text that starts with {@code =}, {@code
 * +}, {@code -} or {@code @} is text, and a formula cell gives the value the spreadsheet last
 * calculated for it; nothing is ever evaluated.
 */
public final class SheetRow {

  private final int number;
  private final List<CellValue> cells;
  private final HeaderMatch header;
  private final boolean decimalComma;
  private final Set<ImportProblem> problems = new LinkedHashSet<>();

  SheetRow(int number, List<CellValue> cells, HeaderMatch header, boolean decimalComma) {
    this.number = number;
    this.cells = cells;
    this.header = header;
    this.decimalComma = decimalComma;
  }

  /** The row number as the spreadsheet shows it. */
  public int number() {
    return number;
  }

  /**
   * Every cell as text, in the file's column order, up to the last non-empty one: what an error
   * workbook shows of the row. Numbers are written plainly and dates as YYYY-MM-DD.
   */
  public List<String> texts() {
    List<String> texts = new ArrayList<>(cells.size());
    for (CellValue cell : cells) {
      texts.add(cell == null ? "" : cell.display());
    }
    return texts;
  }

  /** The column's text, whatever kind of value it holds; numbers and dates as {@link #texts}. */
  public String text(ColumnSpec column) {
    CellValue cell = cell(column);
    return cell == null ? null : SheetText.strip(cell.display());
  }

  public Integer integer(ColumnSpec column) {
    BigDecimal value = number(column, ColumnSpec.Kind.INTEGER);
    if (value == null) {
      return null;
    }
    BigDecimal whole = value.stripTrailingZeros();
    if (whole.scale() > 0) {
      reject(column, NumberText.quote(whole.toPlainString()) + " is not a whole number");
      return null;
    }
    if (whole.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
        || whole.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
      reject(column, NumberText.quote(whole.toPlainString()) + " is too large");
      return null;
    }
    return whole.intValueExact();
  }

  public BigDecimal decimal(ColumnSpec column) {
    return number(column, ColumnSpec.Kind.DECIMAL);
  }

  /**
   * The column's date: a date cell of a workbook (its time of day dropped), or text as {@link
   * DateText} reads it. A plain number is not taken for a date.
   */
  public LocalDate date(ColumnSpec column) {
    requireKind(column, ColumnSpec.Kind.DATE);
    CellValue cell = cell(column);
    if (cell instanceof CellValue.DateTime date) {
      return date.value().toLocalDate();
    }
    if (cell instanceof CellValue.Text text) {
      String written = SheetText.strip(text.text());
      LocalDate date = DateText.parse(written);
      if (date == null) {
        reject(column, DateText.whyNot(written));
      }
      return date;
    }
    if (cell != null) {
      reject(
          column,
          NumberText.quote(cell.display())
              + " is not a date; format the cell as a date or write it as YYYY-MM-DD");
    }
    return null;
  }

  /** The column's yes/no value: a TRUE/FALSE cell, 1 or 0, or text {@link BooleanText} reads. */
  public Boolean bool(ColumnSpec column) {
    requireKind(column, ColumnSpec.Kind.BOOLEAN);
    CellValue cell = cell(column);
    if (cell == null) {
      return null;
    }
    if (cell instanceof CellValue.Flag flag) {
      return flag.value();
    }
    String written = SheetText.strip(cell.display());
    Boolean value = BooleanText.parse(written);
    if (value == null) {
      reject(column, BooleanText.whyNot(written));
    }
    return value;
  }

  /**
   * Records a problem the import found with the column's value, e.g. {@code row.reject(unit,
   * "\"HR-9\" is not an org unit code")}.
   */
  public void reject(ColumnSpec column, String reason) {
    HeaderCell cell =
        header
            .find(column)
            .orElseThrow(() -> new IllegalArgumentException("no column " + column.header()));
    CellValue value = cell.index() < cells.size() ? cells.get(cell.index()) : null;
    problems.add(
        new ImportProblem(
            number,
            cell.name(),
            cell.index(),
            value == null ? "" : TextRules.visible(SheetText.strip(value.display())),
            reason));
  }

  /** Records a problem with the row as a whole. */
  void rejectRow(String reason) {
    problems.add(new ImportProblem(number, null, -1, "", reason));
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The problems found so far, in the order they were found. */
  public List<ImportProblem> problems() {
    return List.copyOf(problems);
  }

  private BigDecimal number(ColumnSpec column, ColumnSpec.Kind kind) {
    requireKind(column, kind);
    CellValue cell = cell(column);
    if (cell == null) {
      return null;
    }
    if (cell instanceof CellValue.Numeric numeric) {
      return numeric.value();
    }
    String written = SheetText.strip(cell.display());
    BigDecimal value =
        cell instanceof CellValue.Text ? NumberText.parse(written, decimalComma) : null;
    if (value == null) {
      reject(column, NumberText.whyNot(written, decimalComma, kind == ColumnSpec.Kind.INTEGER));
    }
    return value;
  }

  /**
   * The column's non-empty cell, or {@code null}; an empty required cell and a formula error are
   * recorded as problems.
   */
  private CellValue cell(ColumnSpec column) {
    int index = header.find(column).map(HeaderCell::index).orElse(-1);
    CellValue cell = index >= 0 && index < cells.size() ? cells.get(index) : null;
    if (cell == null || SheetText.isBlank(cell.display())) {
      if (column.required() && index >= 0) {
        reject(column, "a value is required");
      }
      return null;
    }
    if (cell instanceof CellValue.ErrorCode error) {
      reject(
          column,
          NumberText.quote(error.code())
              + " is an error left by a formula; correct the formula or type the value");
      return null;
    }
    if (cell instanceof CellValue.Text text) {
      String written = SheetText.strip(text.text());
      Optional<String> problem = TextRules.problem(written);
      if (problem.isPresent()) {
        reject(column, NumberText.quote(TextRules.visible(written)) + " " + problem.get());
        return null;
      }
    }
    return cell;
  }

  private static void requireKind(ColumnSpec column, ColumnSpec.Kind kind) {
    if (column.kind() != kind) {
      throw new IllegalArgumentException(
          "column " + column.header() + " holds " + column.kind() + ", not " + kind);
    }
  }
}
