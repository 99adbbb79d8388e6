package org.cadre.web.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;
import org.cadre.services.common.InvalidInputException;

/**
 * Whole numbers in paths and query strings ({@code /api/plans/7}, {@code ?page=2}): one that is not
 * a number is a 400 naming the parameter, where Jakarta REST would answer 404.
 */
@Provider
public class NumberParams implements ParamConverterProvider {

  @Override
  public <T> ParamConverter<T> getConverter(
      Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = name(annotations);
    if (name == null) {
      return null;
    }
    if (rawType == long.class || rawType == Long.class) {
      return converter(name, rawType, Long::valueOf, rawType == long.class ? 0L : null);
    }
    if (rawType == int.class || rawType == Integer.class) {
      return converter(name, rawType, Integer::valueOf, rawType == int.class ? 0 : null);
    }
    return null;
  }

  private static <T, N> ParamConverter<T> converter(
      String name, Class<T> type, Function<String, N> parse, N absent) {
    return new ParamConverter<>() {
      @Override
      @SuppressWarnings("unchecked")
      public T fromString(String value) {
        if (value == null || value.isBlank()) {
          return (T) absent;
        }
        try {
          return (T) parse.apply(value.strip());
        } catch (NumberFormatException e) {
          throw new BadRequestException(
              InvalidInputException.of(name, value, "must be a whole number"));
        }
      }

      @Override
      public String toString(T value) {
        return value == null ? null : value.toString();
      }
    };
  }

  private static String name(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof PathParam path) {
        return path.value();
      }
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
    }
    return null;
  }
}
