package org.cadre.services.common;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Rolls back the transaction of a use case that ends in a refusal: nothing a refused use case wrote
 * is committed. It runs inside the transaction interceptor (priority 200), which leaves refusals
 * alone (see {@link UseCase}).
 */
@RefusalsRollBack
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class RefusalRollback {

  @Resource private TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object invoke(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (ServiceException refusal) {
      if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
        transactions.setRollbackOnly();
      }
      throw refusal;
    }
  }
}
