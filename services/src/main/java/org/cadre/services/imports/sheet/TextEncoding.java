package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cadre.services.common.ByteSignatures;
import org.cadre.services.common.ByteSignatures.ByteOrderMark;

/**
 * The encoding of a text upload: UTF-8 or UTF-16 by their byte-order mark; UTF-16 without one by
 * the zero bytes it puts beside Latin letters; otherwise UTF-8 if the whole file is valid UTF-8,
 * else Windows-1252, which Excel's plain "CSV" format writes on Western Windows.
 *
 * @param bomLength the bytes of the byte-order mark to skip
 * @param legacy whether the file was not valid UTF-8 and was read as Windows-1252
 */
record TextEncoding(Charset charset, int bomLength, boolean legacy) {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SAMPLE = 4096;

  static TextEncoding of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SAMPLE);
    }
    Optional<ByteOrderMark> mark = ByteSignatures.byteOrderMark(head);
    if (mark.isPresent()) {
      return new TextEncoding(mark.get().charset(), mark.get().length(), false);
    }
    Charset utf16 = ByteSignatures.utf16WithoutMark(head);
    if (utf16 != null) {
      return new TextEncoding(utf16, 0, false);
    }
    return isUtf8(file)
        ? new TextEncoding(StandardCharsets.UTF_8, 0, false)
        : new TextEncoding(WINDOWS_1252, 0, true);
  }

  private static boolean isUtf8(Path file) throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    CharBuffer chars = CharBuffer.allocate(64 * 1024);
    try (InputStream in = Files.newInputStream(file)) {
      boolean end = false;
      while (!end) {
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = read < 0;
        if (!end) {
          bytes.position(bytes.position() + read);
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, end);
        if (result.isError()) {
          return false;
        }
        chars.clear();
        bytes.compact();
      }
      return !decoder.flush(chars).isError();
    }
  }
}
