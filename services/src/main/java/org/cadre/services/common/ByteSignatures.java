package org.cadre.services.common;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the first bytes of an upload say about it, for the readers that tell a file's kind from its
 * content rather than its name: container signatures, other binary types, and text encodings.
 */
public final class ByteSignatures {

  /** A byte-order mark: the encoding it announces and how many bytes it takes. */
  public record ByteOrderMark(Charset charset, int length) {}

  private ByteSignatures() {}

  /** A ZIP archive: an xlsx or docx file, or some other archive. */
  public static boolean isZip(byte[] head) {
    return startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6);
  }

  /** An OLE2 container: a legacy Office file or an encrypted Office document. */
  public static boolean isOle2(byte[] head) {
    return startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  }

  /**
   * What a binary file no reader here takes is, for a message: "an image", "a compressed archive"
   * or "a program file"; null when it is none of them.
   */
  public static String otherBinary(byte[] head) {
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

  /** The byte-order mark the text starts with, if any: UTF-8, UTF-16 LE or UTF-16 BE. */
  public static Optional<ByteOrderMark> byteOrderMark(byte[] head) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
    }
    if (startsWith(head, 0xFF, 0xFE)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
    }
    if (startsWith(head, 0xFE, 0xFF)) {
      return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
    }
    return Optional.empty();
  }

  /**
   * UTF-16 without a byte-order mark, read from the first 4 KB: text of Latin script has a zero
   * byte in every other position, and which half holds the zeros tells the byte order. Null when
   * the bytes do not look like UTF-16.
   */
  public static Charset utf16WithoutMark(byte[] head) {
    int pairs = Math.min(head.length, 4096) / 2;
    if (pairs < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      evenZeros += head[i] == 0 ? 1 : 0;
      oddZeros += head[i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Whether the bytes begin with the given byte values. */
  public static boolean startsWith(byte[] bytes, int... prefix) {
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
