package org.cadre.services.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A requisition with its seat, workflow dates, pipeline and what the caller may do to it now.
 *
 * @param holdDays days on hold so far, a running hold included
 * @param openFrom the first day it counts as open in the plan
 * @param openUntil the first day it no longer does (cancelled, or its hire started)
 */
public record RequisitionView(
    long id,
    String orgUnit,
    String unitName,
    long blueprintId,
    String blueprintTitle,
    int blueprintRevision,
    String level,
    String levelLabel,
    Long positionId,
    BigDecimal fte,
    LocalDate targetStart,
    String hiringManager,
    String recruiter,
    String justification,
    boolean withinPlan,
    String status,
    String statusLabel,
    String createdBy,
    Instant createdAt,
    String approvedBy,
    Instant approvedAt,
    Instant openedAt,
    BigDecimal holdDays,
    Instant acceptedAt,
    LocalDate openFrom,
    LocalDate openUntil,
    Instant closedAt,
    String cancelReason,
    String hiredEmployee,
    List<StageView> stages,
    long revision,
    boolean canApprove,
    boolean canOpen,
    boolean canHold,
    boolean canReopen,
    boolean canCancel,
    boolean canRecruit) {}
