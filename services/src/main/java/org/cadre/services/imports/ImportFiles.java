package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.cadre.domain.imports.FileFacts;
import org.cadre.services.common.TooLargeException;

/**
 * Uploads kept on disk for the runs that read them: a dry run's file is what its commit applies.
 * Files are named by run id under {@code cadre.import.dir}.
 */
@ApplicationScoped
public class ImportFiles {

  private ImportSettings settings;

  protected ImportFiles() {
    // for CDI
  }

  @Inject
  public ImportFiles(ImportSettings settings) {
    this.settings = settings;
  }

  /** An upload copied to disk, with its checksum, waiting for the run that will keep it. */
  public record Received(Path file, FileFacts facts) {}

  /**
   * Copies an upload to disk while taking its SHA-256 checksum; refuses it as soon as it passes the
   * size limit, keeping nothing.
   */
  public Received receive(InputStream upload, String fileName) {
    long max = settings.limits().maxBytes();
    try {
      Files.createDirectories(settings.directory());
      Path file = Files.createTempFile(settings.directory(), "upload-", ".part");
      MessageDigest sha = sha256();
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = upload.read(buffer)) > 0) {
          size += read;
          if (size > max) {
            throw new TooLargeException(
                displayName(fileName)
                    + ": the file is larger than "
                    + (max / (1024 * 1024))
                    + " MB, the most an import reads; split it into smaller files");
          }
          out.write(buffer, 0, read);
        }
      } catch (RuntimeException | IOException e) {
        Files.deleteIfExists(file);
        throw e;
      }
      return new Received(
          file, new FileFacts(displayName(fileName), HexFormat.of().formatHex(sha.digest()), size));
    } catch (IOException e) {
      throw new UncheckedIOException("could not keep the upload " + fileName, e);
    }
  }

  /** Files a received upload under its run. */
  public void keep(Received received, long runId) {
    move(received.file(), path(runId));
  }

  /** Gives a new run the file of an earlier one, e.g. a commit the file of its dry run. */
  public void copy(long fromRunId, long toRunId) {
    try {
      Files.copy(path(fromRunId), path(toRunId), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("the file of import " + fromRunId + " is gone", e);
    }
  }

  public InputStream open(long runId) {
    try {
      return Files.newInputStream(path(runId));
    } catch (IOException e) {
      throw new UncheckedIOException("the file of import " + runId + " is gone", e);
    }
  }

  /** Whether the run's file is still there with this SHA-256 checksum, as uploaded. */
  public boolean intact(long runId, String checksum) {
    if (!exists(runId)) {
      return false;
    }
    MessageDigest sha = sha256();
    try (InputStream in = new DigestInputStream(open(runId), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      return false;
    }
    return HexFormat.of().formatHex(sha.digest()).equals(checksum);
  }

  public boolean exists(long runId) {
    return Files.isRegularFile(path(runId));
  }

  public void discard(Received received) {
    try {
      Files.deleteIfExists(received.file());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path path(long runId) {
    return settings.directory().resolve("import-" + runId + ".upload");
  }

  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The name as messages give it: without the folders a browser may send along. */
  static String displayName(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "the upload";
    }
    String name = fileName.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1);
  }
}
