package org.cadre.services.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A requisition as lists show it. */
public record RequisitionRow(
    long id,
    String orgUnit,
    String unitName,
    String blueprintTitle,
    String levelLabel,
    BigDecimal fte,
    String status,
    String statusLabel,
    boolean withinPlan,
    String hiringManager,
    LocalDate targetStart,
    Instant createdAt) {}
