package org.cadre.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cadre.services.common.TextRules;

/**
 * Requests that break the Bean Validation constraints of the API's request records ({@code @Valid}
 * on a resource's parameters): 400 with each field at fault, named as {@link JsonShape} names them,
 * as every other bad input is answered. The value at fault is repeated, shortened ({@link Echo}),
 * unless its constraint says it is a {@link Secret}.
 *
 * <p>The request records state what a request must hold (required fields, sizes, plain text); the
 * services keep the rules that need data or apply to the portal too (a unit that exists, a quarter
 * that parses, a budget in range).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  /**
   * Marks a constraint on a value the answer must not repeat (a password): {@code payload =
   * Secret.class}.
   */
  public interface Secret extends Payload {}

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<Problem.FieldProblem> errors =
        e.getConstraintViolations().stream()
            .map(
                v ->
                    new Problem.FieldProblem(field(v), TextRules.visible(shown(v)), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldProblem::field))
            .toList();
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).reason()
            : "The request has " + errors.size() + " problems; each is listed.";
    return Response.status(Response.Status.BAD_REQUEST)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", "Bad Request", 400, detail, errors))
        .build();
  }

  /** The field as the request names it: a query or path parameter, or a place in the body. */
  static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    Method method = null;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        method = method(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
      } else if (node.getKind() == ElementKind.PARAMETER) {
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        field.append(parameterName(method, index, node.getName()));
      } else if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.BEAN
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.isInIterable() && node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        }
        if (node.getKind() == ElementKind.PROPERTY) {
          field.append(field.length() == 0 ? "" : ".").append(node.getName());
        }
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  /**
   * A parameter's name in the request: a query or path parameter by its own name; the body by
   * nothing (its fields speak for it), or by the parameter's name when the body is a list.
   */
  private static String parameterName(Method method, int index, String javaName) {
    if (method == null) {
      return javaName;
    }
    Parameter parameter = method.getParameters()[index];
    if (parameter.isAnnotationPresent(QueryParam.class)) {
      return parameter.getAnnotation(QueryParam.class).value();
    }
    if (parameter.isAnnotationPresent(PathParam.class)) {
      return parameter.getAnnotation(PathParam.class).value();
    }
    boolean list =
        Collection.class.isAssignableFrom(parameter.getType()) || parameter.getType().isArray();
    return list ? parameter.getName() : "";
  }

  /**
   * The resource method as written: a CDI proxy overrides it without its parameters' names, so the
   * declaration that has them is taken.
   */
  private static Method method(Class<?> type, Path.MethodNode node) {
    Class<?>[] parameters = node.getParameterTypes().toArray(Class<?>[]::new);
    Method found = null;
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        found = c.getDeclaredMethod(node.getName(), parameters);
        if (found.getParameterCount() == 0 || found.getParameters()[0].isNamePresent()) {
          return found;
        }
      } catch (NoSuchMethodException e) {
        // declared further up
      }
    }
    return found;
  }

  private static String shown(ConstraintViolation<?> violation) {
    if (violation.getConstraintDescriptor().getPayload().contains(Secret.class)) {
      return null;
    }
    return Optional.ofNullable(violation.getInvalidValue())
        .filter(v -> v instanceof CharSequence || v instanceof Number || v instanceof Enum<?>)
        .map(Object::toString)
        .orElse(null);
  }
}
