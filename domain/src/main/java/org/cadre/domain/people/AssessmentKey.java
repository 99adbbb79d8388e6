package org.cadre.domain.people;

import java.time.LocalDate;

/** What makes an assessment the same assessment: employee, competency and day. */
public record AssessmentKey(long employeeId, long competencyId, LocalDate assessedOn) {}
