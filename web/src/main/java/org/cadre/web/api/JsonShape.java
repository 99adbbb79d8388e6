package org.cadre.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cadre.services.common.InvalidInputException.Problem;

/**
 * Finds where a JSON body that JSON-B could not bind goes wrong: JSON that is not JSON, or the
 * first value that does not fit the field it is for (text for a number, an object for a list, a
 * name that is not one of an enum's). JSON-B's own messages say neither the field nor, for enums,
 * the value, and they name Java classes; this says both in the API's terms.
 *
 * <p>Fields are named as the JSON names them ({@code amount}, {@code technicalSkills[0].tier}); a
 * body that is a list is named by the call's parameter ({@code lines[0].plannedFte}), and the body
 * as a whole is {@code body}.
 */
final class JsonShape {

  private static final String BODY = "body";

  private JsonShape() {}

  /**
   * @param listName what to call a body that is a list, or null when the body is not a list
   */
  static Problem problem(byte[] body, Type type, String listName) {
    JsonValue json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      json = reader.readValue();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      return new Problem(
          BODY,
          null,
          "is not valid JSON: it breaks off or has an unexpected character at line "
              + at.getLineNumber()
              + ", column "
              + at.getColumnNumber());
    } catch (RuntimeException e) {
      return new Problem(BODY, null, "is not valid JSON");
    }
    String root = listName == null ? "" : listName;
    return mismatch(json, type, root)
        .orElse(new Problem(root.isEmpty() ? BODY : root, null, "does not fit this call"));
  }

  private static Optional<Problem> mismatch(JsonValue value, Type type, String path) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return raw.isPrimitive() ? wrong(path, value, "cannot be null") : Optional.empty();
    }
    if (raw == String.class) {
      return value instanceof JsonObject || value instanceof JsonArray
          ? wrong(path, value, "must be text")
          : Optional.empty();
    }
    if (isWhole(raw)) {
      return whole(value) ? Optional.empty() : wrong(path, value, "must be a whole number");
    }
    if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      return number(value) ? Optional.empty() : wrong(path, value, "must be a number");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return value == JsonValue.TRUE || value == JsonValue.FALSE
          ? Optional.empty()
          : wrong(path, value, "must be true or false");
    }
    if (raw.isEnum()) {
      return enumName(value, raw)
          ? Optional.empty()
          : wrong(path, value, "must be one of " + names(raw));
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      if (!(value instanceof JsonArray array)) {
        return wrong(path.isEmpty() ? BODY : path, value, "must be a list");
      }
      Type element = element(type);
      for (int i = 0; i < array.size(); i++) {
        Optional<Problem> inner = mismatch(array.get(i), element, path + "[" + i + "]");
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        return wrong(path.isEmpty() ? BODY : path, value, "must be an object");
      }
      for (RecordComponent component : raw.getRecordComponents()) {
        JsonValue field = object.get(component.getName());
        if (field != null) {
          String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
          Optional<Problem> inner = mismatch(field, component.getGenericType(), name);
          if (inner.isPresent()) {
            return inner;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Problem> wrong(String path, JsonValue value, String reason) {
    String shown = value instanceof JsonString text ? text.getString() : value.toString();
    return Optional.of(new Problem(path.isEmpty() ? BODY : path, shown, reason));
  }

  private static boolean isWhole(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class;
  }

  private static boolean whole(JsonValue value) {
    BigDecimal number = decimal(value);
    if (number == null) {
      return false;
    }
    try {
      number.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static boolean number(JsonValue value) {
    return decimal(value) != null;
  }

  /** The number a JSON number or numeric text holds, as JSON-B reads either; null for others. */
  private static BigDecimal decimal(JsonValue value) {
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue();
    }
    if (value instanceof JsonString text) {
      try {
        return new BigDecimal(text.getString().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean enumName(JsonValue value, Class<?> type) {
    return value instanceof JsonString text
        && Arrays.stream(type.getEnumConstants())
            .anyMatch(constant -> ((Enum<?>) constant).name().equals(text.getString()));
  }

  private static String names(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> ((Enum<?>) constant).name())
        .collect(Collectors.joining(", "));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  private static Type element(Type type) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    }
    if (type instanceof GenericArrayType a) {
      return a.getGenericComponentType();
    }
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    return Object.class;
  }
}
