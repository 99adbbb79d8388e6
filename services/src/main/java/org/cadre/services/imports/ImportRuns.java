package org.cadre.services.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.cadre.domain.imports.ImportCounts;
import org.cadre.domain.imports.ImportKind;
import org.cadre.domain.imports.ImportMode;
import org.cadre.domain.imports.ImportProblem;
import org.cadre.domain.imports.ImportRun;
import org.cadre.domain.imports.ImportRunRepository;
import org.cadre.domain.imports.ImportStagingRepository;
import org.cadre.domain.imports.ImportStatus;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.RefusalsRollBack;
import org.cadre.services.common.ServiceException;

/**
 * The state of import runs, each change in a transaction of its own so that the portal sees a run
 * move while its job works, and so that a failure never takes the record of the run with it.
 */
@ApplicationScoped
@Transactional(value = TxType.REQUIRES_NEW, dontRollbackOn = ServiceException.class)
@RefusalsRollBack
public class ImportRuns {

  private static final Logger LOG = Logger.getLogger(ImportRuns.class.getName());

  private ImportRunRepository runs;
  private ImportStagingRepository staging;
  private ImportFiles files;
  private AuditTrail audit;
  private ImportSettings settings;

  protected ImportRuns() {
    // for CDI
  }

  @Inject
  public ImportRuns(
      ImportRunRepository runs,
      ImportStagingRepository staging,
      ImportFiles files,
      AuditTrail audit,
      ImportSettings settings) {
    this.runs = runs;
    this.staging = staging;
    this.files = files;
    this.audit = audit;
    this.settings = settings;
  }

  /** Records a new run, to be run by this server. */
  public ImportRunView create(ImportRun run) {
    Instant now = Instant.now();
    runs.store(run);
    runs.claim(run.id(), settings.serverId(), now, now);
    audit.record(
        new Caller(run.startedBy(), Set.of()),
        "import." + run.mode().slug(),
        "ImportRun",
        String.valueOf(run.id()),
        run.kind().slug() + " " + run.file().name() + " sha256 " + run.file().checksum());
    return view(run);
  }

  public ImportRunView view(long id) {
    return view(find(id));
  }

  private ImportRunView view(ImportRun run) {
    return ImportRunView.of(run, runs.progress(run.id()), Instant.now());
  }

  /** Takes a queued run into checking; returns it as it starts. */
  public ImportRunView begin(long id, int expectedRows) {
    ImportRun run = find(id);
    run.enter(ImportStatus.CHECKING);
    runs.progress(id, 0, expectedRows, Instant.now());
    return view(run);
  }

  /**
   * Records how far a run is, and that this server is at work on it, apart from the run itself: the
   * transaction applying the run writes the run's outcome at its end.
   */
  public void progress(long id, int done, int total) {
    runs.progress(id, done, total, Instant.now());
  }

  /**
   * Stores what a check found; a dry run ends here. A resumed commit finds the same problems again,
   * which are recorded once.
   */
  public void checked(long id, ImportCounts counts, List<ImportProblem> problems, String message) {
    ImportRun run = find(id);
    run.counted(counts);
    if (runs.countProblems(id, null) == 0) {
      runs.addProblems(id, problems);
    }
    if (run.mode() == ImportMode.DRY_RUN) {
      run.finish(ImportStatus.CHECKED, message, Instant.now());
    }
  }

  /**
   * Takes a checked commit into applying: staging its changes from its checkpoint (none yet unless
   * it is resumed), then applying them.
   */
  public void applying(long id, int records) {
    ImportRun run = find(id);
    run.enter(ImportStatus.APPLYING);
    runs.progress(id, staging.checkpoint(id), records, Instant.now());
  }

  /**
   * Ends a run as failed, dropping whatever it has staged, and its file when no row of it was read
   * (the file was refused as a whole); a run that has ended already keeps its outcome, but what was
   * staged for it after it ended is dropped too.
   */
  public void fail(long id, String message) {
    ImportRun run = find(id);
    staging.clear(id);
    if (run.counts().rows() == 0) {
      files.discard(id); // refused as a whole: nothing in it to commit or to show
    }
    if (!run.status().isFinal()) {
      run.finish(ImportStatus.FAILED, message, Instant.now());
      audit.record(
          new Caller(run.startedBy(), Set.of()),
          "import.failed",
          "ImportRun",
          String.valueOf(id),
          message);
    }
  }

  /**
   * Takes up the runs the server was working on when it stopped, and those of servers unheard of
   * for longer than {@link ImportSettings#lease()} (another server's runs are left to it while it
   * reports progress, since several servers may share the database). A commit whose file is still
   * the one uploaded (same SHA-256) is to be resumed: nothing of it was applied, since it is
   * applied in one transaction, and what it staged stays staged up to its last checkpoint. Dry
   * runs, and commits whose file is gone or changed, are marked failed and their staging dropped. A
   * resumed run becomes this server's.
   *
   * @return the commits to resume, for new jobs
   */
  public List<Long> interrupted() {
    List<Long> resumed = new ArrayList<>();
    String server = settings.serverId();
    Instant now = Instant.now();
    Instant silentSince = now.minus(settings.lease());
    for (ImportRun run : runs.unfinished(server, silentSince)) {
      if (!runs.claim(run.id(), server, now, silentSince)) {
        continue; // another server starting at the same moment took it first
      }
      if (run.mode() == ImportMode.COMMIT && files.intact(run.id(), run.file().checksum())) {
        int staged = staging.checkpoint(run.id());
        LOG.info(
            () ->
                "CADRE0023I: import "
                    + run.id()
                    + " of "
                    + run.file().name()
                    + " was "
                    + run.status()
                    + " when the server stopped; it is resumed ("
                    + staged
                    + " changes were staged)");
        audit.record(
            Caller.system(),
            "import.resumed",
            "ImportRun",
            String.valueOf(run.id()),
            run.status().name() + ", " + staged + " changes staged");
        resumed.add(run.id());
        continue;
      }
      LOG.warning(
          () ->
              "CADRE0020W: import "
                  + run.id()
                  + " of "
                  + run.file().name()
                  + " was "
                  + run.status()
                  + " when the server stopped; it is marked failed and nothing of it was written");
      staging.clear(run.id());
      audit.record(
          Caller.system(),
          "import.interrupted",
          "ImportRun",
          String.valueOf(run.id()),
          run.status().name());
      run.finish(
          ImportStatus.FAILED,
          "The server stopped during this import, so nothing of it was written. Start it again.",
          Instant.now());
    }
    return resumed;
  }

  /** The newest dry run of a file that found what it would change. */
  public Optional<Long> latestDryRun(ImportKind kind, String checksum) {
    return runs.latestDryRun(kind, checksum).map(ImportRun::id);
  }

  private ImportRun find(long id) {
    return runs.find(id).orElseThrow(() -> new NotFoundException("There is no import " + id + "."));
  }
}
