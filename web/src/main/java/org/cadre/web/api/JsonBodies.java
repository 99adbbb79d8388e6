package org.cadre.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Set;
import org.cadre.services.common.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every JSON body the API reads: at most {@code cadre.api.max-body-bytes} (413 past it, whether or
 * not the client said how long it is), and, when it is not JSON or not of the shape the call takes,
 * a 400 that names the field at fault ({@link JsonShape}) instead of a bug.
 */
@Provider
@ApplicationScoped
public class JsonBodies implements ReaderInterceptor {

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          MatrixParam.class,
          FormParam.class,
          BeanParam.class,
          Context.class);

  @Inject
  @ConfigProperty(name = "cadre.api.max-body-bytes", defaultValue = "1048576")
  long maxBytes;

  @Context private ResourceInfo resource;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType()) || context.getType() == InputStream.class) {
      return context.proceed();
    }
    Uploads.checkDeclaredLength(
        context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH), maxBytes, "The JSON body");
    byte[] body = Uploads.read(context.getInputStream(), maxBytes, "The JSON body");
    context.setInputStream(new ByteArrayInputStream(body));
    try {
      return context.proceed();
    } catch (RuntimeException e) {
      if (!isJsonError(e)) {
        throw e;
      }
      InvalidInputException.Problem problem =
          JsonShape.problem(body, context.getGenericType(), listName(context.getType()));
      throw InvalidInputException.of(problem.field(), problem.value(), problem.reason());
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null
        && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
  }

  private static boolean isJsonError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonParsingException) {
        return true;
      }
    }
    return false;
  }

  /** What a list body is called in messages: the name of the method's body parameter. */
  private String listName(Class<?> type) {
    if (!Collection.class.isAssignableFrom(type) && !type.isArray()) {
      return null;
    }
    Method method = resource == null ? null : resource.getResourceMethod();
    if (method != null) {
      for (Parameter parameter : method.getParameters()) {
        boolean body =
            NOT_THE_BODY.stream()
                .noneMatch(annotation -> parameter.isAnnotationPresent(annotation));
        if (body) {
          return parameter.getName();
        }
      }
    }
    return "body";
  }
}
