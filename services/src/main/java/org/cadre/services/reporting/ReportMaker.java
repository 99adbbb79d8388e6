package org.cadre.services.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cadre.domain.reporting.ReportRun;
import org.cadre.reports.workforce.PackLabels;
import org.cadre.reports.workforce.WorkforcePack;
import org.cadre.services.access.AccountState;
import org.cadre.services.access.Caller;
import org.cadre.services.access.UserDirectory;
import org.cadre.services.common.ServiceException;

/**
 * Makes a pack asked for in the background: reads its figures with the rights its requester holds
 * now, renders it while telling its progress, and keeps its file. A pack that cannot be made fails
 * with the reason, which its requester sees.
 */
@ApplicationScoped
public class ReportMaker {

  private static final Logger LOG = Logger.getLogger(ReportMaker.class.getName());

  private ReportRuns runs;
  private WorkforcePackAssembler assembler;
  private UserDirectory users;
  private ReportSettings settings;

  protected ReportMaker() {
    // for CDI
  }

  @Inject
  public ReportMaker(
      ReportRuns runs,
      WorkforcePackAssembler assembler,
      UserDirectory users,
      ReportSettings settings) {
    this.runs = runs;
    this.assembler = assembler;
    this.users = users;
    this.settings = settings;
  }

  public void make(long runId) {
    ReportRun run = runs.find(runId).orElse(null);
    if (run == null || run.status().isFinal()) {
      return; // deleted, or made meanwhile by another server
    }
    runs.running(runId);
    try {
      Caller caller =
          users
              .account(run.requestedBy())
              .map(AccountState::caller)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "the account "
                              + run.requestedBy()
                              + " that asked for this pack no longer exists or is disabled"));
      PackLabels labels = PackLabels.of(Locale.forLanguageTag(run.request().language()));
      WorkforcePack pack = assembler.assemble(caller, run.request(), labels);
      runs.progress(runId, 10);
      int[] told = {10};
      PackFiles.Rendered rendered =
          PackFiles.render(
              pack,
              run.request(),
              labels,
              settings.swapDirectory(),
              percent -> {
                int overall = 10 + percent * 85 / 100;
                if (overall >= told[0] + 3) {
                  told[0] = overall;
                  runs.progress(runId, overall);
                }
              });
      runs.done(runId, rendered.file(), rendered.pages());
      LOG.info(
          () ->
              "CADRE0040I: report pack "
                  + runId
                  + " made: "
                  + rendered.file().fileName()
                  + " ("
                  + rendered.file().content().length
                  + " bytes).");
    } catch (ServiceException | IllegalStateException e) {
      runs.failed(runId, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "CADRE0041E: report pack " + runId + " could not be made.", e);
      runs.failed(runId, "The pack could not be made because of an error in Cadre (" + e + ").");
    }
  }
}
