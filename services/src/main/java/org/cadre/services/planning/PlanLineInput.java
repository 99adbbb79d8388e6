package org.cadre.services.planning;

import java.math.BigDecimal;
import org.cadre.services.common.PlainText;

/**
 * A plan line as a caller states it.
 *
 * @param level a level's name or label; null for the blueprint's own level
 * @param costPerFte null to use HR's cost rate
 */
public record PlanLineInput(
    Long blueprintId,
    String level,
    BigDecimal plannedFte,
    BigDecimal costPerFte,
    @PlainText String justification) {}
