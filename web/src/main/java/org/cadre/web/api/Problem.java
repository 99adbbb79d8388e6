package org.cadre.web.api;

import java.util.List;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}), with the list of
 * problems in the input when there are any. What it repeats of the request is shortened ({@link
 * Echo}).
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldProblem> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    detail = Echo.message(detail);
    errors = List.copyOf(errors);
  }

  /** One thing wrong with the input: which field, what value, and why. */
  public record FieldProblem(String field, String value, String reason) {

    public FieldProblem {
      value = Echo.value(value);
      reason = Echo.message(reason);
    }
  }
}
