package org.cadre.services.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.cadre.services.common.StorageFullException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are kept for their retention period, within a bound on the folder's size. */
class ImportFilesTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path folder;

  private ImportSettings settings;

  @BeforeEach
  void settings() {
    settings =
        ImportSettings.of(
            Map.of(
                "cadre.import.dir", folder.toString(),
                "cadre.import.sheet.max-bytes", "1048576",
                "cadre.import.retention-hours", "24",
                "cadre.import.dir.max-bytes", "10000"));
  }

  @Test
  void anUploadOlderThanTheRetentionPeriodIsDeletedWhenTheNextArrives() throws IOException {
    ImportFiles files = at(NOW);
    keep(files, 1, 100, NOW.minus(Duration.ofHours(25)));
    keep(files, 2, 100, NOW.minus(Duration.ofHours(23)));

    files.keep(files.receive(upload(100), "staff.csv"), 3);

    assertThat(files.exists(1)).isFalse();
    assertThat(files.exists(2)).isTrue();
    assertThat(files.exists(3)).isTrue();
  }

  @Test
  void theOldestUploadsMakeRoomWhenTheFolderWouldPassItsBound() throws IOException {
    ImportFiles files = at(NOW);
    keep(files, 1, 4_000, NOW.minus(Duration.ofHours(3)));
    keep(files, 2, 4_000, NOW.minus(Duration.ofHours(2)));

    files.keep(files.receive(upload(3_000), "staff.csv"), 3);

    assertThat(files.exists(1)).as("the oldest").isFalse();
    assertThat(files.exists(2)).isTrue();
    assertThat(files.exists(3)).isTrue();
  }

  @Test
  void anUploadLargerThanTheWholeFolderIsRefusedAndNothingIsKept() throws IOException {
    ImportFiles files = at(NOW);
    keep(files, 1, 4_000, NOW.minus(Duration.ofHours(3)));

    assertThatThrownBy(() -> files.receive(upload(12_000), "huge.csv"))
        .isInstanceOf(StorageFullException.class)
        .hasMessage(
            "huge.csv: the server keeps no more than 10 KB of uploads, and this file does not fit;"
                + " split it into smaller files");
    try (var left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aDiscardedRunLeavesNoFile() throws IOException {
    ImportFiles files = at(NOW);
    keep(files, 7, 100, NOW);

    files.discard(7);

    assertThat(files.exists(7)).isFalse();
  }

  private ImportFiles at(Instant now) {
    return new ImportFiles(settings, Clock.fixed(now, ZoneOffset.UTC));
  }

  /** A run's file, as uploaded at the given time. */
  private void keep(ImportFiles files, long runId, int bytes, Instant uploaded) throws IOException {
    files.keep(files.receive(upload(bytes), "file-" + runId + ".csv"), runId);
    Path kept = folder.resolve("import-" + runId + ".upload");
    Files.setLastModifiedTime(kept, FileTime.from(uploaded));
  }

  private static ByteArrayInputStream upload(int bytes) {
    return new ByteArrayInputStream(new byte[bytes]);
  }
}
