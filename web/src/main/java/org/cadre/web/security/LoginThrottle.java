package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.cadre.services.common.TextRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, for HTTP Basic and the login form alike: after {@code
 * cadre.login.max-failures} failed sign-ins in a row for an account, or {@code
 * cadre.login.max-failures-per-address} from one client address, the account (or address) is locked
 * for {@code cadre.login.first-lock-seconds}, and each further failure locks it for twice as long
 * as the one before, up to {@code cadre.login.max-lock-seconds}. While locked, sign-ins are refused
 * before any password is checked, so a guesser also stops costing the server its hashing. A
 * successful sign-in clears the account's count; counts are forgotten after a quiet hour. Every
 * failure is logged (CADRE0030W).
 *
 * <p>The counts live in this server's memory: behind a load balancer each server counts its own.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  /** How long failures are remembered without a new one. */
  static final Duration QUIET = Duration.ofHours(1);

  /** Above this many remembered keys, the quiet ones are dropped. */
  private static final int MAX_KEYS = 100_000;

  /** Who is refused: the account or the address. */
  public enum Scope {
    ACCOUNT,
    ADDRESS
  }

  /** A refusal: who is locked and for how many more seconds. */
  public record Lock(Scope scope, long seconds) {}

  private record Failures(int count, Instant last, Instant lockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private Clock clock;
  private int maxFailures;
  private int maxFailuresPerAddress;
  private long firstLockSeconds;
  private long maxLockSeconds;

  protected LoginThrottle() {
    // for CDI
  }

  @Inject
  LoginThrottle(
      @ConfigProperty(name = "cadre.login.max-failures", defaultValue = "5") int maxFailures,
      @ConfigProperty(name = "cadre.login.max-failures-per-address", defaultValue = "20")
          int maxFailuresPerAddress,
      @ConfigProperty(name = "cadre.login.first-lock-seconds", defaultValue = "1")
          long firstLockSeconds,
      @ConfigProperty(name = "cadre.login.max-lock-seconds", defaultValue = "900")
          long maxLockSeconds) {
    this(Clock.systemUTC(), maxFailures, maxFailuresPerAddress, firstLockSeconds, maxLockSeconds);
  }

  LoginThrottle(
      Clock clock,
      int maxFailures,
      int maxFailuresPerAddress,
      long firstLockSeconds,
      long maxLockSeconds) {
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.maxFailuresPerAddress = maxFailuresPerAddress;
    this.firstLockSeconds = firstLockSeconds;
    this.maxLockSeconds = maxLockSeconds;
  }

  /**
   * Whether a sign-in may be tried now; asked before the password is checked.
   *
   * @param username null for a sign-in with an API token, which only the address is counted for
   */
  public Optional<Lock> lock(String username, String address) {
    Instant now = clock.instant();
    Optional<Lock> account =
        username == null ? Optional.empty() : lockOf(accountKey(username), Scope.ACCOUNT, now);
    return account.isPresent() ? account : lockOf(addressKey(address), Scope.ADDRESS, now);
  }

  /**
   * Counts a failed sign-in against the account and the address, and logs it.
   *
   * @param username null for a wrong API token
   */
  public void failed(String username, String address) {
    Instant now = clock.instant();
    int count = count(addressKey(address), maxFailuresPerAddress, now);
    if (username != null) {
      count = count(accountKey(username), maxFailures, now);
    }
    LOG.warning(
        "CADRE0030W: Failed sign-in "
            + (username == null ? "with an API token" : "for '" + shown(username) + "'")
            + " from "
            + address
            + " ("
            + count
            + " in a row).");
  }

  /** Clears the account's failures after a successful sign-in. */
  public void succeeded(String username) {
    failures.remove(accountKey(username));
  }

  private Optional<Lock> lockOf(String key, Scope scope, Instant now) {
    Failures known = failures.get(key);
    if (known == null || known.lockedUntil() == null || !known.lockedUntil().isAfter(now)) {
      return Optional.empty();
    }
    long millis = Duration.between(now, known.lockedUntil()).toMillis();
    return Optional.of(new Lock(scope, Math.max(1, (millis + 999) / 1000)));
  }

  private int count(String key, int allowed, Instant now) {
    if (failures.size() > MAX_KEYS) {
      failures.values().removeIf(f -> f.last().plus(QUIET).isBefore(now));
    }
    Failures updated =
        failures.compute(
            key,
            (k, known) -> {
              int count =
                  known == null || known.last().plus(QUIET).isBefore(now) ? 1 : known.count() + 1;
              return new Failures(
                  count, now, count < allowed ? null : now.plus(lock(count, allowed)));
            });
    return updated.count();
  }

  /** The first lock at the limit, doubling with each failure past it, up to the longest lock. */
  private Duration lock(int count, int allowed) {
    int doublings = Math.min(count - allowed, 40);
    return Duration.ofSeconds(Math.min(maxLockSeconds, firstLockSeconds << doublings));
  }

  private static String accountKey(String username) {
    return "account:" + username;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  /** The username as the log shows it: short, and with no character that could forge a line. */
  private static String shown(String username) {
    String visible = TextRules.visible(username == null ? "" : username);
    return visible.length() > 100 ? visible.substring(0, 100) + "…" : visible;
  }
}
