package org.cadre.services.imports.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Makes the files the tests read: workbooks with POI, CSV text, and hand-made ZIP archives. */
final class TestFiles {

  /** A formula cell with the result Excel cached for it. */
  record Formula(String formula, Object cached) {}

  private TestFiles() {}

  /** A workbook with one sheet; values are text, numbers, dates, booleans or formulas. */
  static byte[] xlsx(List<List<Object>> rows) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      fill(workbook, workbook.createSheet("Employees"), rows);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] xls(List<List<Object>> rows) {
    try (HSSFWorkbook workbook = new HSSFWorkbook()) {
      fill(workbook, workbook.createSheet("Employees"), rows);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(Workbook workbook, Sheet sheet, List<List<Object>> rows) {
    CellStyle date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (value instanceof Formula formula) {
          cell.setCellFormula(formula.formula());
          value = formula.cached();
        }
        if (value instanceof FormulaError error) {
          cell.setCellErrorValue(error.getCode());
        } else if (value instanceof LocalDateTime moment) {
          cell.setCellValue(moment);
          cell.setCellStyle(date);
        } else if (value instanceof Number number) {
          cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
          cell.setCellValue(day);
          cell.setCellStyle(date);
        } else if (value instanceof Boolean flag) {
          cell.setCellValue(flag);
        } else {
          cell.setCellValue(value.toString());
        }
      }
    }
  }

  /** An xlsx encrypted with a password, as Excel saves one (agile encryption). */
  static byte[] encrypted(byte[] xlsx) {
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream out = encryptor.getDataStream(container)) {
        out.write(xlsx);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      container.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An OLE2 container holding one stream, e.g. "WordDocument" as a legacy .doc file does. */
  static byte[] ole2(String streamName) {
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      container.createDocument(new ByteArrayInputStream(new byte[4096]), streamName);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      container.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] csv(String text, Charset charset, boolean byteOrderMark) {
    byte[] body = text.getBytes(charset);
    if (!byteOrderMark) {
      return body;
    }
    byte[] mark =
        charset.equals(StandardCharsets.UTF_8)
            ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
            : charset.equals(StandardCharsets.UTF_16LE)
                ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(body, 0, all, mark.length, body.length);
    return all;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The parts of a ZIP archive, in order. */
  static Map<String, byte[]> unzip(byte[] archive) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.put(entry.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** A copy of a workbook with the XML of its first sheet rewritten. */
  static byte[] withSheetXml(byte[] xlsx, UnaryOperator<String> edit) {
    Map<String, byte[]> entries = unzip(xlsx);
    String sheet = new String(entries.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    entries.put("xl/worksheets/sheet1.xml", utf8(edit.apply(sheet)));
    return zip(entries);
  }

  private static byte[] bytes(Workbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
