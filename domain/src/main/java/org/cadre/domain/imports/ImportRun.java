package org.cadre.domain.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One import of one file: who started it and when, the file (name, size and SHA-256 checksum), what
 * it found, and how it ended. A commit names the dry run of the same file it applies. How far a run
 * is and which server runs it change while other transactions hold the run, so they are kept apart
 * ({@link ImportProgress}).
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

  public static final int MESSAGE_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
  @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 30)
  private ImportKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "run_mode", nullable = false, length = 20)
  private ImportMode mode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ImportStatus status;

  @Column(name = "file_name", nullable = false, length = 300)
  private String fileName;

  @Column(name = "checksum", nullable = false, length = 64)
  private String checksum;

  @Column(name = "file_size", nullable = false)
  private long fileSize;

  @Column(name = "skip_invalid", nullable = false)
  private boolean skipInvalid;

  @Column(name = "started_by", nullable = false, length = 100)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "rows_total", nullable = false)
  private int rowsTotal;

  @Column(name = "to_create", nullable = false)
  private int toCreate;

  @Column(name = "to_update", nullable = false)
  private int toUpdate;

  @Column(name = "unchanged", nullable = false)
  private int unchanged;

  @Column(name = "error_count", nullable = false)
  private int errorCount;

  @Column(name = "skipped", nullable = false)
  private int skipped;

  @Column(name = "message", length = MESSAGE_MAX)
  private String message;

  @Column(name = "dry_run_id")
  private Long dryRunId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ImportRun() {
    // for JPA
  }

  /**
   * A run waiting for its job.
   *
   * @param dryRunId for a commit, the dry run of the same file it applies; null for a dry run
   */
  public ImportRun(
      ImportKind kind,
      ImportMode mode,
      FileFacts file,
      boolean skipInvalid,
      String startedBy,
      Instant startedAt,
      Long dryRunId) {
    this.kind = Objects.requireNonNull(kind);
    this.mode = Objects.requireNonNull(mode);
    this.fileName = file.name();
    this.checksum = file.checksum();
    this.fileSize = file.size();
    this.skipInvalid = skipInvalid;
    this.startedBy = Objects.requireNonNull(startedBy);
    this.startedAt = Objects.requireNonNull(startedAt);
    this.dryRunId = dryRunId;
    this.status = ImportStatus.QUEUED;
  }

  /** Moves the run on; a final run does not move again. */
  public void enter(ImportStatus next) {
    if (status.isFinal()) {
      throw new IllegalStateException("import " + id + " is " + status + " already");
    }
    status = next;
  }

  /** What the file would change, or changed. */
  public void counted(ImportCounts counts) {
    rowsTotal = counts.rows();
    toCreate = counts.toCreate();
    toUpdate = counts.toUpdate();
    unchanged = counts.unchanged();
    errorCount = counts.errors();
    skipped = counts.skipped();
  }

  /** Ends the run in a final status with a message for the user. */
  public void finish(ImportStatus outcome, String message, Instant at) {
    if (!outcome.isFinal()) {
      throw new IllegalArgumentException(outcome + " is not an outcome");
    }
    enter(outcome);
    this.message =
        message == null || message.length() <= MESSAGE_MAX
            ? message
            : message.substring(0, MESSAGE_MAX - 1) + "…";
    this.finishedAt = at;
  }

  public Long id() {
    return id;
  }

  public ImportKind kind() {
    return kind;
  }

  public ImportMode mode() {
    return mode;
  }

  public ImportStatus status() {
    return status;
  }

  public FileFacts file() {
    return new FileFacts(fileName, checksum, fileSize);
  }

  public boolean skipInvalid() {
    return skipInvalid;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public ImportCounts counts() {
    return new ImportCounts(rowsTotal, toCreate, toUpdate, unchanged, errorCount, skipped);
  }

  public String message() {
    return message;
  }

  public Long dryRunId() {
    return dryRunId;
  }
}
