package org.cadre.services.planning;

import static org.cadre.services.planning.PlanWorkbookRows.planKey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.domain.audit.AuditLog;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;
import org.cadre.domain.planning.PlanImportDryRuns;
import org.cadre.domain.planning.PlanLineRecord;
import org.cadre.domain.planning.SeatKey;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.UseCase;
import org.cadre.services.imports.ImportSettings;
import org.cadre.services.imports.sheet.SheetReader;
import org.cadre.services.people.OrgScope;
import org.cadre.services.people.OrgScopes;

/**
 * A plan workbook imported back: {@link PlanWorkbookCheck} reads it cell by cell against the plans
 * as they are; a dry run records that the caller checked this file (its checksum) and lists the
 * planned FTE that changed and every refused cell; a commit of a file the caller dry-ran applies
 * the accepted changes in one transaction through {@link PlanningService#saveLines}, so the plan
 * workflow and its audit apply unchanged. Plans that changed since the file was exported are never
 * overwritten: their hidden revision no longer matches, and the commit is refused whole.
 */
@ApplicationScoped
@UseCase
public class PlanWorkbookImport {

  /** The most rows a plan workbook may have: 1,000 teams of 20 blueprints. */
  static final long MAX_ROWS = 20_000;

  static final String SUBJECT = "plan-import";
  static final String DRY_RUN = "plan-import.dry-run";
  static final String APPLIED = "plan-import.applied";

  private HeadcountPlanRepository plans;
  private PlanImportDryRuns dryRuns;
  private OrgScopes scopes;
  private PlanningData data;
  private PlanningTerms terms;
  private PlanningService planning;
  private ImportSettings settings;
  private AuditTrail audit;
  private AuditLog log;

  protected PlanWorkbookImport() {
    // for CDI
  }

  @Inject
  public PlanWorkbookImport(
      HeadcountPlanRepository plans,
      PlanImportDryRuns dryRuns,
      OrgScopes scopes,
      PlanningData data,
      PlanningTerms terms,
      PlanningService planning,
      ImportSettings settings,
      AuditTrail audit,
      AuditLog log) {
    this.plans = plans;
    this.dryRuns = dryRuns;
    this.scopes = scopes;
    this.data = data;
    this.terms = terms;
    this.planning = planning;
    this.settings = settings;
    this.audit = audit;
    this.log = log;
  }

  /**
   * Reads a plan workbook and previews (dry run) or applies (commit) its changes. A commit must
   * follow a dry run of the same file by the same person and is refused, with nothing written, when
   * a plan it changes changed since the file was exported.
   *
   * @param mode {@code dry-run} or {@code commit}
   */
  public PlanImportView importFile(
      Caller caller, String mode, String fileName, InputStream upload) {
    if (!caller.hasAny(Role.MANAGER, Role.HR, Role.ADMIN)) {
      throw new AccessDeniedException(
          "Plans are imported by the managers of their units, HR and administrators; your roles"
              + " let you export them.");
    }
    boolean commit = commit(mode);
    OrgScope scope = scopes.of(caller);
    MessageDigest sha = sha256();
    PlanImportFindings findings;
    String scenario;
    try (SheetReader sheet =
        SheetReader.open(
            new DigestInputStream(upload, sha),
            fileName,
            PlanWorkbookRows.LABELS,
            settings.limits().withMaxRows(MAX_ROWS))) {
      findings = new PlanImportFindings(sheet.fileName(), HexFormat.of().formatHex(sha.digest()));
      scenario =
          new PlanWorkbookCheck(caller, scope, sheet, findings, terms, data, plans, log).run();
    }
    if (!commit) {
      dryRuns.record(findings.checksum(), caller.username(), Instant.now());
      audit.record(caller, DRY_RUN, SUBJECT, findings.checksum(), findings.summary());
      return findings.view("dry-run", false, findings.summary());
    }
    requireDryRun(caller, findings);
    if (!findings.stale().isEmpty()) {
      throw new ConflictException(
          "Nothing was applied: "
              + findings.stale().size()
              + (findings.stale().size() == 1 ? " plan" : " plans")
              + " changed since the file was exported: "
              + String.join("; ", findings.stale())
              + ". Export the plans again and make your changes there.");
    }
    apply(caller, findings, scenario);
    String summary =
        findings.hasChanges()
            ? "Applied " + findings.summary()
            : "Nothing to apply from " + findings.fileName() + ".";
    if (findings.hasChanges()) {
      audit.record(caller, APPLIED, SUBJECT, findings.checksum(), summary);
    }
    return findings.view("commit", true, summary);
  }

  private void requireDryRun(Caller caller, PlanImportFindings findings) {
    if (!dryRuns.exists(findings.checksum(), caller.username())) {
      throw new ConflictException(
          findings.fileName()
              + " is not a file you dry-ran: its checksum ("
              + findings.checksum()
              + ") differs from every file you dry-ran. Nothing was applied; dry-run this file,"
              + " check the preview, then commit it.");
    }
  }

  /** Each changed plan gets its new lines in one save, as the planning page would save them. */
  private void apply(Caller caller, PlanImportFindings findings, String scenario) {
    Map<String, List<PlanImportFindings.Accepted>> byPlan = new LinkedHashMap<>();
    for (PlanImportFindings.Accepted accepted : findings.accepted()) {
      byPlan
          .computeIfAbsent(
              planKey(accepted.seat().unitCode(), accepted.quarter()), k -> new ArrayList<>())
          .add(accepted);
    }
    for (List<PlanImportFindings.Accepted> changes : byPlan.values()) {
      PlanImportFindings.Accepted first = changes.get(0);
      String unit = first.seat().unitCode();
      HeadcountPlan plan = first.plan();
      long id;
      long revision;
      List<PlanLineRecord> lines;
      if (plan == null) {
        PlanView started = planning.start(caller, unit, first.quarter().toString(), scenario);
        id = started.id();
        revision = started.revision();
        lines = List.of();
      } else {
        id = plan.id();
        revision = plan.revision();
        lines = plan.lines();
      }
      Map<SeatKey, BigDecimal> wanted = new LinkedHashMap<>();
      changes.forEach(c -> wanted.put(c.seat(), c.newFte()));
      List<PlanLineInput> inputs = new ArrayList<>();
      for (PlanLineRecord line : lines) {
        BigDecimal planned = wanted.remove(line.seat(unit));
        inputs.add(
            new PlanLineInput(
                line.blueprintId(),
                levelName(line.level()),
                planned == null ? line.plannedFte() : planned,
                line.costPerFte(),
                line.justification()));
      }
      wanted.forEach(
          (seat, fte) ->
              inputs.add(
                  new PlanLineInput(seat.blueprintId(), levelName(seat.level()), fte, null, null)));
      planning.saveLines(caller, id, revision, inputs);
    }
  }

  private static String levelName(Level level) {
    return level == null ? null : level.name();
  }

  private static boolean commit(String mode) {
    if (mode == null || mode.isBlank() || "dry-run".equals(mode)) {
      return false;
    }
    if ("commit".equals(mode)) {
      return true;
    }
    throw InvalidInputException.of("mode", mode, "write dry-run or commit");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
