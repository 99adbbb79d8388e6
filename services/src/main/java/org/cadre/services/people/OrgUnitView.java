package org.cadre.services.people;

import java.math.BigDecimal;

/**
 * An org unit in the chart: where it sits, who manages it, and its people in post today, in the
 * unit itself and in the unit with everything below it.
 *
 * @param depth 0 for a top unit
 * @param managerName null when the unit has no manager or the manager is not an employee
 */
public record OrgUnitView(
    String code,
    String name,
    String kind,
    String parentCode,
    int depth,
    String managerNumber,
    String managerName,
    String costCentre,
    int headcount,
    BigDecimal fte,
    int totalHeadcount,
    BigDecimal totalFte,
    boolean hasChildren) {}
