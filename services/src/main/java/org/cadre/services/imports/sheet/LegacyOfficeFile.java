package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says what an OLE2 container is, to refuse it with the right advice: Excel saves a
 * password-protected xlsx as an OLE2 container holding the encrypted package, and legacy Office
 * files (.xls, .doc, .ppt) are OLE2 containers too. None of them is read.
 */
final class LegacyOfficeFile {

  private LegacyOfficeFile() {}

  static SheetProblem refusal(Path file) {
    try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
      return SheetProblem.rejected(describe(container.getRoot()));
    } catch (IOException | RuntimeException e) {
      return SheetProblem.damaged(
          "a damaged or unknown Microsoft Office file, not a spreadsheet; "
              + SheetReader.WHAT_TO_UPLOAD,
          e);
    }
  }

  private static String describe(DirectoryEntry root) {
    if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
      return "the workbook is protected with a password (encrypted), so it cannot be read; open it"
          + " in Excel, remove the password (File > Info > Protect Workbook > Encrypt with"
          + " Password), save it and upload it again";
    }
    if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
      return "a legacy Excel 97-2003 workbook (.xls), which is not read; save it as an Excel"
          + " workbook (.xlsx) or as CSV and upload that";
    }
    if (root.hasEntry("WordDocument")) {
      return "a legacy Word document (.doc), not a spreadsheet; " + SheetReader.WHAT_TO_UPLOAD;
    }
    return "a legacy Microsoft Office file, not a spreadsheet; " + SheetReader.WHAT_TO_UPLOAD;
  }
}
