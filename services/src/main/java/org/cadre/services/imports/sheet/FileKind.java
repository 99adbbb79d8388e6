package org.cadre.services.imports.sheet;

import org.cadre.services.common.ByteSignatures;

/**
 * What an upload is, told from its first bytes, never its name: a ZIP archive (an xlsx workbook, or
 * not), an OLE2 container (a legacy Office file or an encrypted workbook) or text. Other binary
 * files are refused here.
 */
enum FileKind {
  ZIP,
  OLE2,
  TEXT;

  /**
   * @throws SheetProblem for a file type a spreadsheet never comes as
   */
  static FileKind of(byte[] head) {
    if (ByteSignatures.isZip(head)) {
      return ZIP;
    }
    if (ByteSignatures.isOle2(head)) {
      return OLE2;
    }
    String other =
        ByteSignatures.startsWith(head, '%', 'P', 'D', 'F')
            ? "a PDF file"
            : ByteSignatures.otherBinary(head);
    if (other != null) {
      throw SheetProblem.rejected(other + ", not a spreadsheet; " + SheetReader.WHAT_TO_UPLOAD);
    }
    return TEXT;
  }
}
