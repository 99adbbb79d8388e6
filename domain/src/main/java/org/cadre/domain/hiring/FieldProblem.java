package org.cadre.domain.hiring;

/** One thing wrong with what was given: the field, the value and why. */
public record FieldProblem(String field, String value, String reason) {}
