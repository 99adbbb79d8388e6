package org.cadre.web.api;

import org.cadre.services.common.InvalidInputException;

/** Reads numeric query parameters with a 400 that names the parameter, instead of JAX-RS's 404. */
final class QueryParams {

  private QueryParams() {}

  static int integer(String name, String value, int defaultValue) {
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, value, "must be a whole number");
    }
  }

  /** An optional id: null when absent, else a whole number, or a 400 naming the parameter. */
  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw InvalidInputException.of(name, value, "must be a whole number");
    }
  }
}
