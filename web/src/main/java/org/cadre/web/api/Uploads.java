package org.cadre.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.cadre.services.common.TooLargeException;

/**
 * Reads an upload into memory up to a limit, and refuses it as soon as it passes the limit, so an
 * oversized upload never fills the server's memory.
 */
public final class Uploads {

  private static final int BUFFER = 64 * 1024;

  private Uploads() {}

  public static byte[] read(InputStream in, long limit, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    try (in) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        if (out.size() + (long) read > limit) {
          throw new TooLargeException(
              name + " is larger than " + megabytes(limit) + ", the most this upload accepts.");
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the upload of " + name + " broke off", e);
    }
    return out.toByteArray();
  }

  /** Refuses early when the client announces a body over the limit. */
  public static void checkDeclaredLength(String contentLength, long limit, String name) {
    if (contentLength == null) {
      return;
    }
    try {
      if (Long.parseLong(contentLength.strip()) > limit) {
        throw new TooLargeException(
            name + " is larger than " + megabytes(limit) + ", the most this upload accepts.");
      }
    } catch (NumberFormatException e) {
      // a malformed length is left to the container; the bounded read still applies
    }
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
