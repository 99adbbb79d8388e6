package org.cadre.services.blueprint.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cadre.services.common.ByteSignatures;
import org.cadre.services.common.ByteSignatures.ByteOrderMark;

/**
 * Turns the bytes of a text document into text: UTF-8 with or without a byte-order mark, UTF-16
 * (with a mark, or recognised by its zero bytes), and, when the bytes are not valid UTF-8, the
 * Windows-1252 code page that such files are almost always written in. Rejects binary data.
 */
final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Share of control characters above which the "text" is taken for binary data. */
  private static final double MAX_CONTROL_SHARE = 0.02;

  private TextDecoder() {}

  static String decode(byte[] bytes, Warnings warnings) {
    String text = normaliseLineBreaks(decodeBytes(bytes, warnings));
    if (text.isBlank()) {
      throw new Rejection("the file holds only white space");
    }
    rejectBinary(text);
    return text;
  }

  private static String decodeBytes(byte[] bytes, Warnings warnings) {
    Optional<ByteOrderMark> mark = ByteSignatures.byteOrderMark(bytes);
    if (mark.isPresent()) {
      int length = mark.get().length();
      return mark.get().charset().equals(StandardCharsets.UTF_8)
          ? utf8OrLegacy(bytes, length, warnings)
          : new String(bytes, length, bytes.length - length, mark.get().charset());
    }
    Charset utf16 = ByteSignatures.utf16WithoutMark(bytes);
    if (utf16 != null) {
      warnings.add("The file is UTF-16 text without a byte-order mark; read it as " + utf16 + ".");
      return new String(bytes, utf16);
    }
    return utf8OrLegacy(bytes, 0, warnings);
  }

  private static String utf8OrLegacy(byte[] bytes, int offset, Warnings warnings) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      warnings.add(
          "The file is not valid UTF-8; read it as Windows-1252. Check quotes, dashes and accented"
              + " letters.");
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  private static void rejectBinary(String text) {
    int sample = Math.min(text.length(), 65_536);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new Rejection("binary data (it contains NUL bytes), not a text document");
      }
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == '\uFFFD') {
        control++;
      }
    }
    if (control > sample * MAX_CONTROL_SHARE) {
      throw new Rejection("binary data (it is full of control characters), not a text document");
    }
  }

  private static String normaliseLineBreaks(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
