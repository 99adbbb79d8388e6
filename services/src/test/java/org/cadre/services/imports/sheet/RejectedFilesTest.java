package org.cadre.services.imports.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cadre.services.common.RejectedDocumentException;
import org.cadre.services.common.TooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files that cannot be imported are refused as a whole, with a message naming the file and the
 * reason, before any row is read.
 */
class RejectedFilesTest {

  private static final String UPLOAD = "upload an Excel workbook (.xlsx) or a CSV file";

  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("empty.csv", new byte[0], "empty.csv: the file is empty"),
        Arguments.of(
            "blank.csv",
            TestFiles.utf8("\r\n  \n\n"),
            "blank.csv: the file holds only blank lines"),
        Arguments.of(
            "tabs.csv",
            TestFiles.utf8("Employee number\tName\tHire date\nE-1\tAnn\t2026-01-02\n"),
            "tabs.csv: the columns are separated by tabs, so the required columns \"Employee"
                + " number\", \"Name\" and \"Hire date\" cannot be found; save the file as CSV"
                + " (comma- or semicolon-separated) or as an Excel workbook (.xlsx) and upload"
                + " that"),
        Arguments.of(
            "pipes.csv",
            TestFiles.utf8("Employee number|Name|Hire date\nE-1|Ann|2026-01-02\n"),
            "pipes.csv: the columns are separated by vertical bars (|), so the required columns"
                + " \"Employee number\", \"Name\" and \"Hire date\" cannot be found; save the file"
                + " as CSV (comma- or semicolon-separated) or as an Excel workbook (.xlsx) and"
                + " upload that"),
        Arguments.of(
            "one-column.csv",
            TestFiles.utf8("Employee number Name Hire date\nE-1 Ann 2026-01-02\n"),
            "one-column.csv: the header row (row 1) is a single column, \"Employee number Name"
                + " Hire date\", so the required columns \"Employee number\", \"Name\" and \"Hire"
                + " date\" cannot be found: the columns must be separated by commas or"
                + " semicolons"),
        Arguments.of(
            "numbers.csv",
            TestFiles.utf8("Employee number\nE-1\n"),
            "numbers.csv: the header row (row 1) is a single column, \"Employee number\", so the"
                + " required columns \"Name\" and \"Hire date\" cannot be found: the columns must"
                + " be separated by commas or semicolons"),
        Arguments.of(
            "mixed.csv",
            TestFiles.utf8(
                "Employee number;Name,Hire date\n"
                    + "E-1;Ann;2026-01-02\n"
                    + "E-2,Bob,2026-01-03\n"
                    + "E-3;Cy,2026-01-04;x,y\n"),
            "mixed.csv: the columns are not separated consistently: split at commas, the header"
                + " row (row 1) has 2 columns but row 3 has 3, row 4 has 3 values; use one"
                + " separator, comma or semicolon, throughout, and put values that contain it in"
                + " double quotes"),
        Arguments.of(
            "staff.xlsx",
            wordDocument(),
            "staff.xlsx: a Word document (.docx), not a spreadsheet; " + UPLOAD),
        Arguments.of(
            "archive.xlsx",
            TestFiles.zip(Map.of("photos/readme.txt", TestFiles.utf8("holiday pictures"))),
            "archive.xlsx: a ZIP archive, not a spreadsheet; " + UPLOAD),
        Arguments.of(
            "staff.ods",
            TestFiles.zip(
                Map.of(
                    "mimetype",
                    TestFiles.utf8("application/vnd.oasis.opendocument.spreadsheet"),
                    "content.xml",
                    TestFiles.utf8("<office:document-content/>"))),
            "staff.ods: an OpenDocument spreadsheet (.ods), which is not read; save it as an Excel"
                + " workbook (.xlsx) or as CSV and upload that"),
        Arguments.of(
            "cut.xlsx",
            Arrays.copyOf(TestFiles.xlsx(Employees.typedRows()), 600),
            "cut.xlsx: a damaged or incomplete Excel workbook that could not be read; open it in"
                + " Excel, save it again and upload that"),
        Arguments.of(
            "secret.xlsx",
            TestFiles.encrypted(TestFiles.xlsx(Employees.typedRows())),
            "secret.xlsx: the workbook is protected with a password (encrypted), so it cannot be"
                + " read; open it in Excel, remove the password (File > Info > Protect Workbook >"
                + " Encrypt with Password), save it and upload it again"),
        Arguments.of(
            "old.xls",
            TestFiles.xls(Employees.typedRows()),
            "old.xls: a legacy Excel 97-2003 workbook (.xls), which is not read; save it as an"
                + " Excel workbook (.xlsx) or as CSV and upload that"),
        Arguments.of(
            "staff.csv",
            TestFiles.xls(Employees.typedRows()),
            "staff.csv: a legacy Excel 97-2003 workbook (.xls), which is not read; save it as an"
                + " Excel workbook (.xlsx) or as CSV and upload that"),
        Arguments.of(
            "letter.doc",
            TestFiles.ole2("WordDocument"),
            "letter.doc: a legacy Word document (.doc), not a spreadsheet; " + UPLOAD),
        Arguments.of(
            "report.pdf",
            TestFiles.utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj"),
            "report.pdf: a PDF file, not a spreadsheet; " + UPLOAD),
        Arguments.of(
            "noise.csv",
            TestFiles.utf8("Name,Value\n\0" + "x".repeat(100)),
            "noise.csv: binary data (it contains NUL bytes), not a spreadsheet; " + UPLOAD),
        Arguments.of(
            "C:\\Users\\hr\\Downloads\\empty-sheet.xlsx",
            TestFiles.xlsx(List.of()),
            "empty-sheet.xlsx: the sheet \"Employees\" is empty"),
        Arguments.of(
            "entity.xlsx",
            TestFiles.withSheetXml(
                TestFiles.xlsx(Employees.typedRows()),
                xml ->
                    xml.replaceFirst(
                        "\\?>",
                        "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")),
            "entity.xlsx: not a genuine Excel workbook: its part xl/worksheets/sheet1.xml declares"
                + " a document type (DOCTYPE), which Excel never writes and which can hide an"
                + " attack, so the file was not read"),
        Arguments.of(
            "long-comment.xlsx",
            TestFiles.withSheetXml(
                TestFiles.xlsx(Employees.typedRows()),
                xml ->
                    xml.replaceFirst(
                        "\\?>",
                        "?><!-- "
                            + "padding ".repeat(1000)
                            + "--><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM"
                            + " \"file:///etc/passwd\">]>")),
            "long-comment.xlsx: not a genuine Excel workbook: its part xl/worksheets/sheet1.xml"
                + " declares a document type (DOCTYPE), which Excel never writes and which can"
                + " hide an attack, so the file was not read"),
        Arguments.of(
            "missing.csv",
            TestFiles.utf8("Employee number,Name,Notes\nE-1,Ann,new\n"),
            "missing.csv: the required column \"Hire date\" (or \"Start date\") is missing: the"
                + " header row (row 1) has \"Employee number\", \"Name\", \"Notes\""),
        Arguments.of(
            "missing-two.csv",
            TestFiles.utf8("\nStaff list 2026,,\n"),
            "missing-two.csv: the required columns \"Employee number\" (or \"Employee no\" or"
                + " \"Staff number\"), \"Name\" and \"Hire date\" (or \"Start date\") are missing:"
                + " the header row (row 2) has \"Staff list 2026\""),
        Arguments.of(
            "twice.csv",
            TestFiles.utf8("Employee number;Name;Hire date;Staff number\nE-1;Ann;2026-01-02;E-1\n"),
            "twice.csv: the columns A \"Employee number\" and D \"Staff number\" are both the"
                + " \"Employee number\" column; keep one of them"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void refusesTheFileWithAMessageNamingItAndTheReason(String name, byte[] content, String message) {
    assertThatThrownBy(() -> SheetReading.open(content, name, Employees.COLUMNS))
        .isInstanceOf(RejectedDocumentException.class)
        .hasMessage(message);
  }

  @Test
  void refusesAZipBombBeforeUnpackingIt() {
    byte[] bomb =
        TestFiles.withSheetXml(
            TestFiles.xlsx(Employees.typedRows()),
            xml -> xml.replace("</worksheet>", " ".repeat(50_000_000) + "</worksheet>"));
    assertThat(bomb.length).isLessThan(200_000);

    assertThatThrownBy(() -> SheetReading.open(bomb, "bomb.xlsx", Employees.COLUMNS))
        .isInstanceOf(TooLargeException.class)
        .hasMessage(
            "bomb.xlsx: the workbook would expand far beyond its own size (a possible zip bomb),"
                + " so it was not read");
  }

  @Test
  void refusesAWorkbookPartOverTheUnpackedSizeLimit() {
    SheetLimits limits = new SheetLimits(50L << 20, 1_000_000, 0.01, 4096);
    byte[] content = TestFiles.xlsx(Employees.typedRows());
    byte[] padded =
        TestFiles.withSheetXml(
            content,
            xml -> xml.replace("</worksheet>", "<!--" + "x".repeat(5000) + "--></worksheet>"));

    assertThatThrownBy(
            () ->
                SheetReader.open(
                    new ByteArrayInputStream(padded), "big.xlsx", Employees.COLUMNS, limits))
        .isInstanceOf(TooLargeException.class)
        .hasMessage(
            "big.xlsx: the workbook's part xl/worksheets/sheet1.xml unpacks to more than 4 KB,"
                + " the most an import reads; split the file into smaller ones");
  }

  @Test
  void refusesAnOversizedUploadAfterReadingNoMoreThanTheLimit() {
    CountingStream upload = new CountingStream(200L << 20);

    assertThatThrownBy(
            () -> SheetReader.open(upload, "huge.xlsx", Employees.COLUMNS, SheetLimits.DEFAULTS))
        .isInstanceOf(TooLargeException.class)
        .hasMessage(
            "huge.xlsx: the file is larger than 50 MB, the most an import reads; split it into"
                + " smaller files");
    assertThat(upload.consumed).isLessThanOrEqualTo((50L << 20) + 64 * 1024);
  }

  @Test
  void refusesMoreRowsThanTheLimitWhileStreaming() {
    byte[] content =
        TestFiles.utf8(
            "Employee number,Name,Hire date\nE-1,A,2026-01-01\n\nE-2,B,2026-01-02\nE-3,C,2026-01-03\n");
    SheetLimits limits = SheetLimits.DEFAULTS.withMaxRows(2);

    try (SheetReader reader =
        SheetReader.open(
            new ByteArrayInputStream(content), "staff.csv", Employees.COLUMNS, limits)) {
      assertThatThrownBy(() -> reader.rows().toList())
          .isInstanceOf(TooLargeException.class)
          .hasMessage(
              "staff.csv: the file has more than 2 rows, the most one import reads; split it into"
                  + " smaller files");
    }
  }

  @Test
  void refusesAWorkbookDamagedPartWayThroughTheSheet() {
    byte[] damaged =
        TestFiles.withSheetXml(
            TestFiles.xlsx(Employees.typedRows()),
            xml ->
                xml.replaceFirst("<row r=\"3\"", "<row r=\"3\"><c r=\"A3\" t=\"n\"><v>oops</row"));

    try (SheetReader reader = SheetReading.open(damaged, "staff.xlsx", Employees.COLUMNS)) {
      assertThatThrownBy(() -> reader.rows().toList())
          .isInstanceOf(RejectedDocumentException.class)
          .hasMessage(
              "staff.xlsx: a damaged Excel workbook: the sheet \"Employees\" could not be read past"
                  + " row 2; open it in Excel, save it again and upload that");
    }
  }

  @Test
  void refusesACsvWhoseQuoteIsNeverClosed() {
    byte[] content =
        TestFiles.utf8(
            "Employee number,Name,Hire date\nE-1,\"Ann,2026-01-01\nE-2,Bob,2026-01-02\n");

    try (SheetReader reader = SheetReading.open(content, "staff.csv", Employees.COLUMNS)) {
      assertThatThrownBy(() -> reader.rows().toList())
          .isInstanceOf(RejectedDocumentException.class)
          .hasMessage(
              "staff.csv: row 2 opens a double quote that is never closed; close it, or remove it");
    }
  }

  @Test
  void tellsTheFormatFromTheContentNotTheName() {
    byte[] workbook = TestFiles.xlsx(Employees.typedRows());
    byte[] csv = TestFiles.utf8(Employees.csv(';'));

    assertThat(SheetReading.rows(workbook, "staff.csv", Employees.COLUMNS))
        .map(Employees::read)
        .containsExactlyElementsOf(Employees.EXPECTED);
    assertThat(SheetReading.rows(csv, "staff.xlsx", Employees.COLUMNS))
        .map(Employees::read)
        .containsExactlyElementsOf(Employees.EXPECTED);
  }

  private static byte[] wordDocument() {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText("Employee number, Name, Hire date");
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An endless upload that starts like a ZIP archive and counts the bytes read from it. */
  private static final class CountingStream extends InputStream {
    private final long size;
    private long consumed;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (consumed >= size) {
        return -1;
      }
      int count = (int) Math.min(length, size - consumed);
      Arrays.fill(buffer, offset, offset + count, (byte) 0);
      if (consumed == 0 && count >= 4) {
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, buffer, offset, 4);
      }
      consumed += count;
      return count;
    }
  }
}
