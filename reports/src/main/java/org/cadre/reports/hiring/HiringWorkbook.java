package org.cadre.reports.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cadre.reports.excel.Column;
import org.cadre.reports.excel.Sheet;
import org.cadre.reports.excel.WorkbookWriter;

/**
 * Hiring as a workbook: the sheets "Requisitions", "Applications", "Stage history" (every move of
 * every application) and "Funnel" (per reporting stage, then the period's times and rates).
 * Candidates' and people's text is written as text, never as a formula.
 */
public final class HiringWorkbook {

  public static final String REQUISITIONS = "Requisitions";
  public static final String APPLICATIONS = "Applications";
  public static final String HISTORY = "Stage history";
  public static final String FUNNEL = "Funnel";

  private HiringWorkbook() {}

  /** A requisition's row. */
  public record RequisitionRow(
      long id,
      String unit,
      String unitName,
      String blueprint,
      String level,
      BigDecimal fte,
      String status,
      boolean withinPlan,
      String hiringManager,
      LocalDate targetStart,
      LocalDate approved,
      BigDecimal holdDays,
      LocalDate offerAccepted,
      LocalDate closed,
      String cancelReason,
      String hiredEmployee) {}

  /** An application's row. */
  public record ApplicationRow(
      long id,
      long requisitionId,
      String candidate,
      String source,
      String stage,
      String status,
      String outcomeReason,
      LocalDate applied,
      LocalDate closed) {}

  /** One move of an application. */
  public record MoveRow(
      long applicationId, String from, String to, String outcome, String by, String at) {}

  /** One reporting stage of the funnel. */
  public record StageRow(
      String stage,
      long entered,
      Long passed,
      BigDecimal passRate,
      BigDecimal medianDays,
      BigDecimal p90Days) {}

  /** A figure of the period below the stages, e.g. "Time to fill, median days". */
  public record FigureRow(String figure, BigDecimal value) {}

  /**
   * @param title what the export covers, e.g. "ENG and below, 2026-01-01 to 2026-12-31"
   */
  public record Content(
      String title,
      List<RequisitionRow> requisitions,
      List<ApplicationRow> applications,
      List<MoveRow> moves,
      List<StageRow> stages,
      List<FigureRow> figures) {}

  public static byte[] render(Content content) {
    return WorkbookWriter.render(
        List.of(
            new Sheet(
                REQUISITIONS,
                List.of(
                    Column.integer("Requisition", 12),
                    Column.text("Unit", 16),
                    Column.text("Unit name", 24),
                    Column.text("Blueprint", 32),
                    Column.text("Level", 12),
                    Column.quantity("FTE", 8),
                    Column.text("Status", 12),
                    Column.text("Within plan", 10),
                    Column.text("Hiring manager", 16),
                    Column.date("Target start", 12),
                    Column.date("Approved", 12),
                    Column.quantity("Days on hold", 10),
                    Column.date("Offer accepted", 12),
                    Column.date("Closed", 12),
                    Column.wrappedText("Cancel reason", 30),
                    Column.text("Hired employee", 14)),
                content.requisitions().stream()
                    .map(
                        r ->
                            Arrays.<Object>asList(
                                r.id(),
                                r.unit(),
                                r.unitName(),
                                r.blueprint(),
                                r.level(),
                                r.fte(),
                                r.status(),
                                r.withinPlan() ? "Yes" : "No",
                                r.hiringManager(),
                                r.targetStart(),
                                r.approved(),
                                r.holdDays(),
                                r.offerAccepted(),
                                r.closed(),
                                r.cancelReason(),
                                r.hiredEmployee()))
                    .toList()),
            new Sheet(
                APPLICATIONS,
                List.of(
                    Column.integer("Application", 12),
                    Column.integer("Requisition", 12),
                    Column.text("Candidate", 26),
                    Column.text("Source", 14),
                    Column.text("Stage", 20),
                    Column.text("Status", 12),
                    Column.wrappedText("Outcome reason", 30),
                    Column.date("Applied", 12),
                    Column.date("Closed", 12)),
                content.applications().stream()
                    .map(
                        a ->
                            Arrays.<Object>asList(
                                a.id(),
                                a.requisitionId(),
                                a.candidate(),
                                a.source(),
                                a.stage(),
                                a.status(),
                                a.outcomeReason(),
                                a.applied(),
                                a.closed()))
                    .toList()),
            new Sheet(
                HISTORY,
                List.of(
                    Column.integer("Application", 12),
                    Column.text("From", 20),
                    Column.text("To", 20),
                    Column.text("Outcome", 12),
                    Column.text("By", 14),
                    Column.text("At (UTC)", 20)),
                content.moves().stream()
                    .map(
                        m ->
                            Arrays.<Object>asList(
                                m.applicationId(), m.from(), m.to(), m.outcome(), m.by(), m.at()))
                    .toList()),
            new Sheet(
                FUNNEL,
                List.of(
                    Column.text("Stage", 36),
                    Column.integer("Entered", 10),
                    Column.integer("Passed", 10),
                    Column.decimal("Pass rate", 10),
                    Column.decimal("Median days", 12),
                    Column.decimal("90th percentile days", 14)),
                funnelRows(content))));
  }

  /** The title, the stages, a blank row, then the figures: every row as wide as the sheet. */
  private static List<List<Object>> funnelRows(Content content) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Arrays.<Object>asList(content.title(), null, null, null, null, null));
    for (StageRow s : content.stages()) {
      rows.add(
          Arrays.<Object>asList(
              s.stage(), s.entered(), s.passed(), s.passRate(), s.medianDays(), s.p90Days()));
    }
    rows.add(Arrays.asList(new Object[6]));
    for (FigureRow f : content.figures()) {
      rows.add(Arrays.<Object>asList(f.figure(), null, null, f.value(), null, null));
    }
    return rows;
  }
}
