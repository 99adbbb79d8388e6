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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.cadre.domain.imports.FileFacts;
import org.cadre.services.common.ByteSizes;
import org.cadre.services.common.StorageFullException;
import org.cadre.services.common.TooLargeException;

/**
 * Uploads kept on disk for the runs that read them: a dry run's file is what its commit applies,
 * and what its error workbook shows. Files are named by run id under {@code cadre.import.dir}.
 *
 * <p>Kept no longer than needed: a file refused as a whole (not a spreadsheet, a zip bomb, a
 * DOCTYPE) is deleted when its run fails; every file is deleted {@code
 * cadre.import.retention-hours} after it arrived; and the folder holds at most {@code
 * cadre.import.dir.max-bytes}, the oldest files making room for a new upload (their runs can no
 * longer be committed or give an error workbook: the file is uploaded again), an upload being
 * refused when nothing older is left to make room.
 */
@ApplicationScoped
public class ImportFiles {

  private static final Logger LOG = Logger.getLogger(ImportFiles.class.getName());

  private ImportSettings settings;
  private Clock clock;

  protected ImportFiles() {
    // for CDI
  }

  @Inject
  public ImportFiles(ImportSettings settings) {
    this(settings, Clock.systemUTC());
  }

  ImportFiles(ImportSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
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
      Deque<Path> kept = sweep();
      long keptBytes = size(kept);
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
          keptBytes = makeRoom(kept, keptBytes, size, fileName);
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

  /** Deletes a run's file, e.g. when the run refused the file as a whole. */
  public void discard(long runId) {
    delete(path(runId));
  }

  /**
   * Deletes the files older than the retention period.
   *
   * @return the files left, oldest first
   */
  Deque<Path> sweep() throws IOException {
    Instant expired = clock.instant().minus(settings.retention());
    Deque<Path> kept = new ArrayDeque<>();
    try (Stream<Path> files = Files.list(settings.directory())) {
      List<Path> oldestFirst =
          files
              .filter(Files::isRegularFile)
              .sorted(Comparator.comparing(ImportFiles::modified))
              .toList();
      for (Path file : oldestFirst) {
        if (modified(file).isBefore(expired)) {
          delete(file);
        } else {
          kept.add(file);
        }
      }
    }
    return kept;
  }

  /**
   * Deletes the oldest files while the folder would pass its bound with the upload so far.
   *
   * @return the bytes the files left take
   */
  private long makeRoom(Deque<Path> kept, long keptBytes, long uploaded, String fileName)
      throws IOException {
    long bytes = keptBytes;
    while (bytes + uploaded > settings.maxDirectoryBytes()) {
      Path oldest = kept.pollFirst();
      if (oldest == null) {
        throw new StorageFullException(
            displayName(fileName)
                + ": the server keeps no more than "
                + ByteSizes.text(settings.maxDirectoryBytes())
                + " of uploads, and this file does not fit; split it into smaller files");
      }
      long size = Files.size(oldest);
      delete(oldest);
      LOG.info(
          () -> "CADRE0024I: the upload " + oldest.getFileName() + " was deleted to make room");
      bytes -= size;
    }
    return bytes;
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
    delete(received.file());
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Deque<Path> files) throws IOException {
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    return bytes;
  }

  private static Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH; // gone meanwhile: the oldest, to be passed over
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
