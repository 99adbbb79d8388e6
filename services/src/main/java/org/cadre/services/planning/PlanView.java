package org.cadre.services.planning;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A plan version with its lines and totals, and what the caller may do with it. Written with its
 * nulls: {@code "id": null} says the unit has no plan yet.
 *
 * @param id null when the unit has no plan for the quarter in the scenario yet
 * @param status the status's name, or NONE when there is no plan
 * @param revision what {@code If-Match} must carry to change the plan
 * @param inForceVersion the approved version in force, when it is not this one
 */
@JsonbNillable
public record PlanView(
    Long id,
    String orgUnit,
    String orgUnitName,
    String period,
    String scenario,
    String status,
    String statusLabel,
    int version,
    long revision,
    boolean newest,
    Integer inForceVersion,
    String updatedBy,
    Instant updatedAt,
    String decidedBy,
    Instant decidedAt,
    String comment,
    List<PlanLineView> lines,
    PlanTotals totals,
    boolean canEdit,
    boolean canSubmit,
    boolean canDecide) {}
