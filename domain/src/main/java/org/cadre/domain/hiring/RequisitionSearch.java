package org.cadre.domain.hiring;

import java.util.Collection;

/**
 * Which requisitions to list.
 *
 * @param unitCodes the units to list; null for every unit
 * @param status null for every status
 */
public record RequisitionSearch(Collection<String> unitCodes, RequisitionStatus status) {}
