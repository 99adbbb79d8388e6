package org.cadre.services.hiring;

import java.time.LocalDate;
import java.util.List;

/**
 * A hire: the employee it made (or moved), from when, and the assessments seeded from the
 * interviews.
 *
 * @param skillsNotSeeded rated skills not linked to the competency catalogue, so not seeded
 */
public record HireView(
    String employeeNumber,
    long applicationId,
    long requisitionId,
    boolean internal,
    LocalDate startDate,
    int assessmentsSeeded,
    List<String> skillsNotSeeded) {}
