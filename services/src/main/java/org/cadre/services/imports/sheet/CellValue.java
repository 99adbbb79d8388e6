package org.cadre.services.imports.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A non-empty cell as the file stores it, before it is read as a column's kind of value. */
sealed interface CellValue {

  /** The cell as a person sees it in the spreadsheet, give or take number formatting. */
  String display();

  /** Text, exactly as written: text that looks like a formula is still just text. */
  record Text(String text) implements CellValue {
    @Override
    public String display() {
      return text;
    }
  }

  /**
   * A number, kept to the 15 significant digits a spreadsheet shows, so that 0.1 + 0.2 stored as
   * 0.30000000000000004 reads as 0.3.
   */
  record Numeric(BigDecimal value) implements CellValue {
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

    public Numeric {
      value = NumberText.plain(value.round(SPREADSHEET_PRECISION));
    }

    @Override
    public String display() {
      return value.toPlainString();
    }
  }

  /** A number formatted as a date or time in a workbook, converted from its serial number. */
  record DateTime(LocalDateTime value) implements CellValue {
    @Override
    public String display() {
      return value.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? value.toLocalDate().toString()
          : value.toLocalDate() + " " + value.toLocalTime();
    }
  }

  /** A TRUE or FALSE cell. */
  record Flag(boolean value) implements CellValue {
    @Override
    public String display() {
      return value ? "TRUE" : "FALSE";
    }
  }

  /** An error a formula left in the cell, such as #N/A or #DIV/0!. */
  record ErrorCode(String code) implements CellValue {
    @Override
    public String display() {
      return code;
    }
  }
}
