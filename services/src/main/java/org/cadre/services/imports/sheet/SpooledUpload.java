package org.cadre.services.imports.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * An upload copied to a temporary file, so that its size is known before anything parses it and a
 * workbook's ZIP directory can be read. Copying stops as soon as the upload passes the size limit.
 * Close it to delete the file.
 *
 * @param head the first bytes, enough to tell what kind of file it is
 */
record SpooledUpload(Path file, long size, byte[] head) implements AutoCloseable {

  static final int HEAD_BYTES = 8;

  /**
   * Copies the upload, reading at most one buffer past {@code maxBytes}.
   *
   * @throws SheetProblem when the upload is empty or over the limit
   */
  static SpooledUpload copy(InputStream upload, long maxBytes) {
    Path file = null;
    try {
      file = Files.createTempFile("cadre-upload-", ".tmp");
      long size = 0;
      byte[] head = new byte[HEAD_BYTES];
      byte[] buffer = new byte[64 * 1024];
      try (OutputStream out = Files.newOutputStream(file)) {
        for (int read = upload.read(buffer); read >= 0; read = upload.read(buffer)) {
          if (size < HEAD_BYTES) {
            System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(read, HEAD_BYTES - size));
          }
          size += read;
          if (size > maxBytes) {
            throw SheetProblem.overLimit(
                "the file is larger than "
                    + SheetProblem.size(maxBytes)
                    + ", the most an import reads; split it into smaller files");
          }
          out.write(buffer, 0, read);
        }
      }
      if (size == 0) {
        throw SheetProblem.rejected("the file is empty");
      }
      return new SpooledUpload(file, size, Arrays.copyOf(head, (int) Math.min(size, HEAD_BYTES)));
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException("could not store the upload", e);
    } catch (RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  @Override
  public void close() {
    delete(file);
  }

  private static void delete(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + file, e);
    }
  }
}
