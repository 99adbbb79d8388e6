package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.hiring.PipelineStage;
import org.cadre.domain.hiring.Requisition;
import org.cadre.domain.hiring.RequisitionAction;
import org.cadre.domain.org.OrgUnit;
import org.cadre.services.planning.PlanningData;

/** Turns requisitions into the views callers get, with what each caller may do. */
@ApplicationScoped
public class RequisitionViews {

  private PlanningData data;

  protected RequisitionViews() {
    // for CDI
  }

  @Inject
  public RequisitionViews(PlanningData data) {
    this.data = data;
  }

  /** Whether the caller may approve: leadership, or a manager above the unit; never its opener. */
  boolean mayApprove(HiringAccess.Rights rights, Requisition requisition) {
    boolean role =
        rights.caller().has(Role.LEADERSHIP)
            || (rights.caller().has(Role.MANAGER)
                && rights.scope().managesAbove(requisition.unitCode()));
    return role && !requisition.createdBy().equals(rights.caller().username());
  }

  RequisitionView view(HiringAccess.Rights rights, Requisition r) {
    boolean runs = rights.runs(r);
    Instant now = Instant.now();
    return new RequisitionView(
        r.id(),
        r.unitCode(),
        unitName(rights, r.unitCode()),
        r.blueprintId(),
        title(names(), r.blueprintId()),
        r.blueprintRevision(),
        r.level().map(Level::name).orElse(null),
        r.level().map(Level::label).orElse(null),
        r.positionId().orElse(null),
        r.fte(),
        r.targetStart(),
        r.hiringManager(),
        r.recruiter().orElse(null),
        r.justification().orElse(null),
        r.withinPlan(),
        r.status().name(),
        r.status().label(),
        r.createdBy(),
        r.createdAt(),
        r.approvedBy().orElse(null),
        r.approvedAt().orElse(null),
        r.openedAt().orElse(null),
        days(r.timeOnHold(now)),
        r.acceptedAt().orElse(null),
        r.openFrom().orElse(null),
        r.openUntil().orElse(null),
        r.closedAt().orElse(null),
        r.cancelReason().orElse(null),
        r.hiredEmployee().orElse(null),
        stages(r.pipeline().stages()),
        r.revision(),
        mayApprove(rights, r) && r.whyNotApprove(rights.caller().has(Role.LEADERSHIP)).isEmpty(),
        runs && r.whyNot(RequisitionAction.OPEN).isEmpty(),
        runs && r.whyNot(RequisitionAction.HOLD).isEmpty(),
        runs && r.whyNot(RequisitionAction.REOPEN).isEmpty(),
        runs && r.whyNot(RequisitionAction.CANCEL).isEmpty(),
        runs && r.whyNot(RequisitionAction.RECRUIT).isEmpty());
  }

  RequisitionRow row(HiringAccess.Rights rights, Requisition r, Map<Long, BlueprintName> names) {
    return new RequisitionRow(
        r.id(),
        r.unitCode(),
        unitName(rights, r.unitCode()),
        title(names, r.blueprintId()),
        r.level().map(Level::label).orElse(null),
        r.fte(),
        r.status().name(),
        r.status().label(),
        r.withinPlan(),
        r.hiringManager(),
        r.targetStart(),
        r.createdAt());
  }

  static List<StageView> stages(List<PipelineStage> stages) {
    return stages.stream()
        .map(s -> new StageView(s.name(), s.reportingStage().name(), s.reportingStage().label()))
        .toList();
  }

  /** A duration in days to a tenth, rounded down. */
  static BigDecimal days(Duration duration) {
    return BigDecimal.valueOf(Math.max(0, duration.getSeconds()))
        .divide(BigDecimal.valueOf(86_400), 1, RoundingMode.DOWN);
  }

  static String title(Map<Long, BlueprintName> names, long blueprintId) {
    BlueprintName name = names.get(blueprintId);
    return name == null ? "Blueprint " + blueprintId : name.title();
  }

  /** Every blueprint by id, for titles. */
  Map<Long, BlueprintName> names() {
    return data.blueprintNames();
  }

  private static String unitName(HiringAccess.Rights rights, String code) {
    OrgUnit unit = rights.scope().unit(code);
    return unit == null ? code : unit.name();
  }
}
