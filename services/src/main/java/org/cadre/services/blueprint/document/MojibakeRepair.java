package org.cadre.services.blueprint.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Repairs text whose UTF-8 bytes were once read as a Windows code page and saved again: an em dash
 * (bytes E2 80 94) read as Windows-874 (Thai) shows as {@code โ€”}, read as Windows-1252 as {@code
 * â€”}; a closing quote as {@code โ€} or {@code â€�}, because its last byte has no character in the
 * code page and was dropped or replaced.
 *
 * <p>Each character that either code page produces is mapped back to its byte; where those bytes
 * form a valid multi-byte UTF-8 sequence, the sequence is decoded. Real text almost never holds
 * such runs (a Thai letter followed by a euro sign and a quote), so correct text passes unchanged.
 * When the third byte of a punctuation sequence (E2 80 xx) was lost, the quote that fits the
 * neighbouring characters is put back. One instance serves one document and counts what it fixed.
 */
final class MojibakeRepair {

  private static final Map<Character, Integer> BYTE_OF = byteTable();

  private int thaiRepairs;
  private int latinRepairs;
  private String example;

  /** The text with garbled sequences decoded. */
  String apply(String text) {
    if (text == null || !mayHoldMojibake(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int consumed = repairAt(text, i, out);
      if (consumed > 0) {
        i += consumed;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /** Adds one warning saying what was repaired, if anything was. */
  void report(Warnings warnings) {
    int total = thaiRepairs + latinRepairs;
    if (total == 0) {
      return;
    }
    String codePage =
        thaiRepairs > 0 && latinRepairs > 0
            ? "Windows-874 (Thai) and as Windows-1252 (Western European)"
            : thaiRepairs > 0 ? "Windows-874 (Thai)" : "Windows-1252 (Western European)";
    warnings.add(
        "Repaired "
            + total
            + (total == 1 ? " garbled character" : " garbled characters")
            + " from UTF-8 text that had been read as "
            + codePage
            + " ("
            + example
            + "); check punctuation and accented letters.");
  }

  /** Decodes a garbled sequence starting at {@code start} into {@code out}; 0 if there is none. */
  private int repairAt(String text, int start, StringBuilder out) {
    char leadChar = text.charAt(start);
    int lead = byteOf(leadChar);
    if (lead < 0xC2 || lead > 0xF4) {
      return 0;
    }
    int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    byte[] sequence = new byte[length];
    sequence[0] = (byte) lead;
    int found = 1;
    while (found < length && start + found < text.length()) {
      int next = byteOf(text.charAt(start + found));
      if (next < 0x80 || next > 0xBF) {
        break;
      }
      sequence[found++] = (byte) next;
    }
    String decoded;
    int consumed;
    if (found == length && isThaiWord(text, start, length)) {
      return 0;
    } else if (found == length) {
      decoded = utf8(sequence);
      consumed = length;
    } else if (lead == 0xE2 && found == 2 && sequence[1] == (byte) 0x80) {
      int after = start + 2;
      boolean replaced = after < text.length() && text.charAt(after) == '\uFFFD';
      decoded = lostQuote(text, start, replaced ? after + 1 : after);
      consumed = replaced ? 3 : 2;
    } else {
      return 0;
    }
    if (decoded == null) {
      return 0;
    }
    out.append(decoded);
    count(leadChar, text.substring(start, start + consumed), decoded);
    return consumed;
  }

  private void count(char leadChar, String garbled, String decoded) {
    if (isThai(leadChar)) {
      thaiRepairs++;
    } else {
      latinRepairs++;
    }
    if (example == null) {
      example = "e.g. “" + garbled + "” became “" + decoded + "”";
    }
  }

  /**
   * Whether the run is Thai letters inside Thai text rather than a garbled sequence: Windows-874
   * puts Thai letters on the bytes UTF-8 uses for accented Latin letters, so a run of Thai letters
   * is repaired only when it stands among non-Thai characters.
   */
  private static boolean isThaiWord(String text, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (!isThai(text.charAt(i))) {
        return false;
      }
    }
    boolean thaiBefore = start > 0 && isThai(text.charAt(start - 1));
    int end = start + length;
    boolean thaiAfter = end < text.length() && isThai(text.charAt(end));
    return thaiBefore || thaiAfter;
  }

  private static boolean isThai(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.THAI;
  }

  /**
   * The quotation mark whose last byte was lost: an apostrophe between letters, an opening quote
   * before a word, else a closing quote.
   */
  private static String lostQuote(String text, int start, int end) {
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    if (Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
      return "’";
    }
    if (!Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
      return "“";
    }
    return "”";
  }

  private static String utf8(byte[] sequence) {
    try {
      String decoded =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(sequence))
              .toString();
      int codePoint = decoded.codePointAt(0);
      return codePoint >= 0x80 && codePoint <= 0x9F ? null : decoded;
    } catch (CharacterCodingException malformed) {
      return null;
    }
  }

  private static boolean mayHoldMojibake(String text) {
    for (int i = 0; i < text.length(); i++) {
      int b = byteOf(text.charAt(i));
      if (b >= 0xC2 && b <= 0xF4) {
        return true;
      }
    }
    return false;
  }

  private static int byteOf(char c) {
    if (c < 0x80) {
      return c;
    }
    Integer b = BYTE_OF.get(c);
    return b == null ? -1 : b;
  }

  /**
   * The byte each non-ASCII character stands for in Windows-874 or Windows-1252. The two agree
   * where they overlap (0x80, 0x85, 0x91–0x97), and Latin-1 control characters stand for
   * themselves, as some tools decode undefined bytes that way.
   */
  private static Map<Character, Integer> byteTable() {
    Map<Character, Integer> table = new HashMap<>();
    Charset windows1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0xFF; b++) {
      String latin = new String(new byte[] {(byte) b}, windows1252);
      if (latin.charAt(0) != '\uFFFD') {
        table.put(latin.charAt(0), b);
      }
      if (b <= 0x9F) {
        table.putIfAbsent((char) b, b);
      }
    }
    // Windows-874 = TIS-620 Thai letters at A1–DA and DF–FB, at a fixed offset from U+0E00.
    for (int b = 0xA1; b <= 0xFB; b++) {
      if (b < 0xDB || b > 0xDE) {
        table.put((char) (0x0E00 + b - 0xA0), b);
      }
    }
    return Map.copyOf(table);
  }
}
