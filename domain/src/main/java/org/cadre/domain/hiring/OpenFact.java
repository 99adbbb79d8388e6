package org.cadre.domain.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A requisition open on a day (see {@code Requisition.openOn}): the day it began to count as open
 * (its approval) and its FTE.
 */
public record OpenFact(LocalDate openFrom, BigDecimal fte) {}
