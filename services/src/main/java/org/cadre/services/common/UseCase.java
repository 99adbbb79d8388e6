package org.cadre.services.common;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A service whose public methods are use cases: each runs in one transaction ({@link
 * Transactional}, joining the caller's if there is one), and a refusal ({@link ServiceException})
 * rolls it back like any other failure.
 *
 * <p>Why not plain {@code @Transactional}: Liberty's transaction interceptor writes an FFDC
 * incident, with its stack trace, for every runtime exception that leaves a transactional method
 * unless the exception is named in {@code dontRollbackOn}. A refusal (403, 404, 412...) is the use
 * case answering, not an incident, so refusals are named there, and {@link RefusalRollback} marks
 * the transaction for rollback itself.
 */
@Stereotype
@Transactional(dontRollbackOn = ServiceException.class)
@RefusalsRollBack
@Retention(RUNTIME)
@Target(TYPE)
public @interface UseCase {}
