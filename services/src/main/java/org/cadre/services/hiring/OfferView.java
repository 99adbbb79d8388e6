package org.cadre.services.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An offer with its approvals. The salary and the cost table's rate are null for callers who do not
 * see salaries.
 */
public record OfferView(
    long id,
    long applicationId,
    long requisitionId,
    String level,
    String levelLabel,
    BigDecimal fte,
    LocalDate startDate,
    BigDecimal annualSalary,
    BigDecimal ratePerFte,
    boolean needsLeadership,
    String status,
    String statusLabel,
    String hrApprovedBy,
    Instant hrApprovedAt,
    String leadershipApprovedBy,
    Instant leadershipApprovedAt,
    Instant decidedAt,
    String reason,
    String createdBy,
    Instant createdAt,
    long revision,
    boolean canApprove,
    boolean canAnswer) {}
