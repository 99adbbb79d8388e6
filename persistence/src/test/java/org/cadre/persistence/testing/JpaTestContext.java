package org.cadre.persistence.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The {@code cadre} persistence unit outside the server: the same mapping, with resource-local
 * transactions over a test data source.
 */
public final class JpaTestContext implements AutoCloseable {

  private final EntityManagerFactory factory;

  private JpaTestContext(EntityManagerFactory factory) {
    this.factory = factory;
  }

  public static JpaTestContext open(DataSource dataSource) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    properties.put("jakarta.persistence.jtaDataSource", null);
    properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
    properties.put("eclipselink.weaving", "false");
    properties.put("eclipselink.logging.level", "WARNING");
    return new JpaTestContext(Persistence.createEntityManagerFactory("cadre", properties));
  }

  /** Runs the work in its own entity manager and transaction, and commits. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    factory.close();
  }
}
