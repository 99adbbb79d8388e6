package org.cadre.services.imports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Tells whoever waits for an import run that its job has ended: the job's listener signals it
 * ({@link ImportJobListener}), and a waiter gets the run then, or as it is when its wait is over,
 * on a container thread, without holding a request thread or asking the database in a loop.
 */
@ApplicationScoped
public class ImportCompletions {

  private final Map<Long, CompletableFuture<Void>> ends = new ConcurrentHashMap<>();

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  private ManagedScheduledExecutorService scheduler;

  @Inject private ImportRuns runs;

  /**
   * The run once its job has ended, or as it is once the wait is over, whichever comes first. A run
   * that has ended already is given at once.
   */
  public CompletableFuture<ImportRunView> ended(long runId, Duration wait) {
    CompletableFuture<ImportRunView> answer = new CompletableFuture<>();
    CompletableFuture<Void> end = ends.computeIfAbsent(runId, id -> new CompletableFuture<>());
    var timer =
        scheduler.schedule(() -> give(answer, runId), wait.toMillis(), TimeUnit.MILLISECONDS);
    end.thenRun(
        () -> {
          timer.cancel(false);
          give(answer, runId);
        });
    if (runs.view(runId).finished()) {
      signal(runId); // its job ended before the waiter came
    }
    return answer;
  }

  private void give(CompletableFuture<ImportRunView> answer, long runId) {
    if (answer.isDone()) {
      return;
    }
    try {
      answer.complete(runs.view(runId));
    } catch (RuntimeException e) {
      answer.completeExceptionally(e);
    }
  }

  /** Signals that the run's job has ended. */
  void signal(long runId) {
    CompletableFuture<Void> end = ends.remove(runId);
    if (end != null) {
      end.complete(null);
    }
  }
}
