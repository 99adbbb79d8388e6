package org.cadre.services.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.system.JpaDemoSeedLog;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.access.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Two servers starting together on one database load a demo step once between them. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class DemoSeedingTest {

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void open() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  /** Stores one user, once both transactions have found the step not applied yet. */
  private record RacingStep(EntityManager em, CountDownLatch bothChecked) implements DemoStep {

    @Override
    public String name() {
      return "race";
    }

    @Override
    public int order() {
      return 1;
    }

    @Override
    public void apply(Caller caller) {
      bothChecked.countDown();
      try {
        bothChecked.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      new JpaUserAccountRepository(em)
          .store(new UserAccount("racer", "hash", Set.of(Role.HR), Instant.now()));
    }
  }

  @Test
  void onlyOneOfTwoConcurrentLoadsCommits() throws Exception {
    CountDownLatch bothChecked = new CountDownLatch(2);
    Callable<Boolean> load =
        () ->
            jpa.inTransaction(
                em ->
                    new DemoSeeding(new JpaDemoSeedLog(em))
                        .applyOnce(new RacingStep(em, bothChecked)));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Boolean>> runs = List.of(pool.submit(load), pool.submit(load));
    int committed = 0;
    int failed = 0;
    for (Future<Boolean> run : runs) {
      try {
        if (run.get(30, TimeUnit.SECONDS)) {
          committed++;
        }
      } catch (ExecutionException e) {
        failed++;
      }
    }
    pool.shutdown();

    assertThat(committed).isEqualTo(1);
    assertThat(failed).isEqualTo(1);
    boolean applied = jpa.inTransaction(em -> new JpaDemoSeedLog(em).isApplied("race"));
    List<UserAccount> users = jpa.inTransaction(em -> new JpaUserAccountRepository(em).all());
    assertThat(applied).isTrue();
    assertThat(users).extracting(UserAccount::username).containsExactly("racer");
  }
}
