package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.cadre.services.common.XmlProlog;

/**
 * Checks a ZIP upload before any XML of it is parsed: that it is an Excel workbook and not some
 * other ZIP (a Word document, an OpenDocument file), that no part unpacks beyond the {@link
 * SheetLimits} (a zip bomb), and that no XML part declares a document type. The parts are unpacked
 * and counted here, not trusted by the sizes the archive claims; this costs one pass of
 * decompression, a fraction of the time parsing the XML takes.
 *
 * <p>Office Open XML forbids DTDs in its parts, so a DOCTYPE can only be an attempt at an entity
 * attack (external entities, "billion laughs"); the XML parser does not resolve entities either,
 * but such a file is refused before it gets that far.
 */
final class XlsxPackageCheck {

  /** Unpacked bytes of a part before its compression ratio is judged, as Apache POI does. */
  private static final long GRACE_BYTES = 100 * 1024;

  private final SheetLimits limits;

  XlsxPackageCheck(SheetLimits limits) {
    this.limits = limits;
  }

  /**
   * @throws SheetProblem when the archive is not a workbook, is damaged, or breaks a limit
   */
  void check(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> names = new HashSet<>();
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        names.add(entries.nextElement().getName());
      }
      requireWorkbook(zip, names);
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        if (!entry.isDirectory()) {
          unpack(zip, entry, file.toFile().length());
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof SheetProblem problem) {
        throw problem;
      }
      throw SheetProblem.damaged(
          "a damaged or incomplete Excel workbook that could not be read; open it in Excel, save"
              + " it again and upload that",
          e);
    }
  }

  private static void requireWorkbook(ZipFile zip, Set<String> names) throws IOException {
    if (names.contains("[Content_Types].xml") && names.contains("xl/workbook.xml")) {
      return;
    }
    String what;
    if (names.contains("xl/workbook.bin")) {
      throw SheetProblem.rejected(
          "an Excel binary workbook (.xlsb), which is not read; save it as an Excel workbook"
              + " (.xlsx) or as CSV and upload that");
    }
    if (names.contains("word/document.xml")) {
      what = "a Word document (.docx)";
    } else if (names.contains("ppt/presentation.xml")) {
      what = "a PowerPoint presentation (.pptx)";
    } else if (names.contains("mimetype")) {
      if (mimeType(zip).contains("spreadsheet")) {
        throw SheetProblem.rejected(
            "an OpenDocument spreadsheet (.ods), which is not read; save it as an Excel workbook"
                + " (.xlsx) or as CSV and upload that");
      }
      what = "an OpenDocument file";
    } else {
      what = "a ZIP archive";
    }
    throw SheetProblem.rejected(what + ", not a spreadsheet; " + SheetReader.WHAT_TO_UPLOAD);
  }

  private static String mimeType(ZipFile zip) throws IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry("mimetype"))) {
      return new String(in.readNBytes(200), StandardCharsets.US_ASCII);
    }
  }

  private void unpack(ZipFile zip, ZipEntry entry, long fileSize) throws IOException {
    long compressed = entry.getCompressedSize() < 0 ? fileSize : entry.getCompressedSize();
    boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
    XmlProlog prolog = new XmlProlog();
    long unpacked = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = zip.getInputStream(entry)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        if (xml) {
          prolog.feed(buffer, 0, read);
        }
        unpacked += read;
        if (unpacked > limits.maxEntryBytes()) {
          throw SheetProblem.overLimit(
              "the workbook's part "
                  + entry.getName()
                  + " unpacks to more than "
                  + SheetProblem.size(limits.maxEntryBytes())
                  + ", the most an import reads; split the file into smaller ones");
        }
        if (unpacked > GRACE_BYTES && compressed < unpacked * limits.minInflateRatio()) {
          throw SheetProblem.overLimit(
              "the workbook would expand far beyond its own size (a possible zip bomb), so it was"
                  + " not read");
        }
      }
    }
    if (prolog.declaresDoctype()) {
      throw SheetProblem.rejected(XmlProlog.refusal("Excel workbook", entry.getName(), "Excel"));
    }
  }
}
