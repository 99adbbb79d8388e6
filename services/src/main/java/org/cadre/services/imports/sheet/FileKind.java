package org.cadre.services.imports.sheet;

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
    if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
      return ZIP;
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return OLE2;
    }
    String other = binaryType(head);
    if (other != null) {
      throw SheetProblem.rejected(other + ", not a spreadsheet; " + SheetReader.WHAT_TO_UPLOAD);
    }
    return TEXT;
  }

  private static String binaryType(byte[] head) {
    if (startsWith(head, '%', 'P', 'D', 'F')) {
      return "a PDF file";
    }
    if (startsWith(head, 0x89, 'P', 'N', 'G')
        || startsWith(head, 0xFF, 0xD8, 0xFF)
        || startsWith(head, 'G', 'I', 'F', '8')) {
      return "an image";
    }
    if (startsWith(head, 0x1F, 0x8B)
        || startsWith(head, 'R', 'a', 'r', '!')
        || startsWith(head, '7', 'z', 0xBC, 0xAF)) {
      return "a compressed archive";
    }
    if (startsWith(head, 0x7F, 'E', 'L', 'F') || startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)) {
      return "a program file";
    }
    return null;
  }

  static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
