package org.cadre.services.common;

import java.util.List;

/** The request itself is wrong; each problem names the field, the value and the reason. */
public class InvalidInputException extends ServiceException {

  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public InvalidInputException(String message, List<Problem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public static InvalidInputException of(String field, Object value, String reason) {
    return new InvalidInputException(
        field + ": " + reason,
        List.of(new Problem(field, value == null ? null : value.toString(), reason)));
  }

  public List<Problem> problems() {
    return problems;
  }

  /** One thing wrong with the input. */
  public record Problem(String field, String value, String reason) {}
}
