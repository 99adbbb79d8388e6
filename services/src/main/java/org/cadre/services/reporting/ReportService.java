package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Locale;
import org.cadre.domain.reporting.ReportFile;
import org.cadre.domain.reporting.ReportRequest;
import org.cadre.domain.reporting.ReportRun;
import org.cadre.domain.reporting.ReportStatus;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.reports.workforce.WorkforcePack;
import org.cadre.services.access.Caller;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.ServiceException;
import org.cadre.services.common.TooLargeException;

/**
 * Leadership report packs: made while the caller waits when they are small, else asked for and made
 * in the background, listed for the one who asked, and downloaded once made. Anyone may make a pack
 * of the units they see (a manager, of their own subtree); plan costs show as on the planning
 * pages, and no one's pay is in a pack.
 */
@ApplicationScoped
public class ReportService {

  /** The most packs a caller's list shows. */
  static final int LISTED = 100;

  private PackRequests requests;
  private WorkforcePackAssembler assembler;
  private ReportRuns runs;
  private ReportJobs jobs;
  private ReportSettings settings;

  protected ReportService() {
    // for CDI
  }

  @Inject
  public ReportService(
      PackRequests requests,
      WorkforcePackAssembler assembler,
      ReportRuns runs,
      ReportJobs jobs,
      ReportSettings settings) {
    this.requests = requests;
    this.assembler = assembler;
    this.runs = runs;
    this.jobs = jobs;
    this.settings = settings;
  }

  /**
   * A pack made while the caller waits; refused (413) when it would have more unit pages than
   * {@link ReportSettings#directMaxPages()}. Its figures are read in a transaction of their own,
   * and it is rendered outside one.
   */
  @Transactional(value = TxType.NOT_SUPPORTED, dontRollbackOn = ServiceException.class)
  public ReportFileView direct(Caller caller, WorkforcePackCommand command) {
    ReportRequest request = requests.read(command);
    PackLabels labels = labels(request);
    int pages = assembler.subject(caller, request, labels).pages(request.detail()).size();
    if (pages > settings.directMaxPages()) {
      throw new TooLargeException(
          "This pack has "
              + pages
              + " unit pages, more than the "
              + settings.directMaxPages()
              + " made while you wait: ask for it with POST /api/reports and download it when it"
              + " is made.");
    }
    WorkforcePack pack = assembler.assemble(caller, request, labels);
    ReportFile file =
        PackFiles.render(pack, request, labels, settings.swapDirectory(), percent -> {}).file();
    return new ReportFileView(file.fileName(), file.format().mediaType(), file.content());
  }

  /** Asks for a pack to be made in the background; the caller's rights are checked now. */
  @Transactional(value = TxType.NOT_SUPPORTED, dontRollbackOn = ServiceException.class)
  public ReportRunView request(Caller caller, WorkforcePackCommand command) {
    ReportRequest request = requests.read(command);
    assembler.subject(caller, request, labels(request));
    ReportRun run = runs.create(caller, request, null);
    jobs.start(run.id());
    return ReportRunView.of(run);
  }

  /** One of the caller's packs. */
  public ReportRunView get(Caller caller, long id) {
    return ReportRunView.of(own(caller, id));
  }

  /** The caller's packs, newest first. */
  public List<ReportRunView> list(Caller caller) {
    return runs.requestedBy(caller.username(), LISTED).stream().map(ReportRunView::of).toList();
  }

  /** The file of one of the caller's packs, once made. */
  public ReportFileView file(Caller caller, long id) {
    ReportFile file = madeFile(caller, id);
    return new ReportFileView(file.fileName(), file.format().mediaType(), file.content());
  }

  /** A picture of the first page of one of the caller's PDF packs, once made. */
  public byte[] preview(Caller caller, long id) {
    ReportFile file = madeFile(caller, id);
    if (file.preview() == null) {
      throw new NotFoundException("Pack " + id + " is a workbook; it has no page to show.");
    }
    return file.preview();
  }

  private ReportFile madeFile(Caller caller, long id) {
    ReportRun run = own(caller, id);
    if (run.status() != ReportStatus.DONE) {
      throw new ConflictException(
          run.status() == ReportStatus.FAILED
              ? "Pack " + id + " was not made: " + run.error()
              : "Pack "
                  + id
                  + " is not made yet ("
                  + run.status().name().toLowerCase(Locale.ROOT)
                  + ", "
                  + run.percent()
                  + "%); download it once it is done.");
    }
    return runs.file(id)
        .orElseThrow(() -> new NotFoundException("The file of pack " + id + " is gone."));
  }

  private ReportRun own(Caller caller, long id) {
    return runs.find(id)
        .filter(run -> run.requestedBy().equals(caller.username()))
        .orElseThrow(() -> new NotFoundException("You have no pack " + id + "."));
  }

  static PackLabels labels(ReportRequest request) {
    return PackLabels.of(Locale.forLanguageTag(request.language()));
  }
}
