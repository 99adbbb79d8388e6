package org.cadre.services.common;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Binds {@link RefusalRollback}. Services get it through {@link UseCase}; a bean with another
 * transaction type pairs it with {@code @Transactional(value = ..., dontRollbackOn =
 * ServiceException.class)} in the same way.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface RefusalsRollBack {}
