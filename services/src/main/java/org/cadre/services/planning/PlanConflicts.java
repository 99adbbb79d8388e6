package org.cadre.services.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.domain.audit.AuditLog;
import org.cadre.domain.planning.HeadcountPlan;
import org.cadre.domain.planning.HeadcountPlanRepository;

/**
 * Says what changed in a plan since the revision a caller's change was made to. Reads in a
 * transaction of its own: when two saves collide, the loser's transaction is already failing, while
 * the winner's changes and audit events are committed.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class PlanConflicts {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private HeadcountPlanRepository plans;
  private AuditLog log;

  protected PlanConflicts() {
    // for CDI
  }

  @Inject
  public PlanConflicts(HeadcountPlanRepository plans, AuditLog log) {
    this.plans = plans;
    this.log = log;
  }

  /** "hr (2027-01-10 09:12 UTC): Changed Senior Backend Engineer: planned FTE 2 → 3". */
  static String describe(AuditEvent event) {
    return event.actor()
        + " ("
        + TIME.format(event.occurredAt())
        + "): "
        + PlanEvent.label(event.action())
        + (event.details() == null || event.details().isBlank() ? "" : " " + event.details());
  }

  /** The refusal of a change made to {@code revision} of the plan: who changed what since. */
  public String message(long planId, long revision) {
    HeadcountPlan plan = plans.find(planId).orElseThrow();
    int missed = (int) Math.max(1, Math.min(5, plan.revision() - revision));
    String since =
        log.about(PlanEvent.SUBJECT, plan.id().toString(), missed).stream()
            .map(PlanConflicts::describe)
            .collect(Collectors.joining("; "));
    return "The "
        + plan.describe()
        + " changed since you opened it: your change was made to revision "
        + revision
        + ", it is now at revision "
        + plan.revision()
        + (since.isEmpty() ? "" : ". Changed since: " + since)
        + ". Nothing you sent was saved; reload the plan and make your change again.";
  }
}
