package org.cadre.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String HOME = "10.0.0.1";
  private static final String ELSEWHERE = "10.0.0.2";

  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock, 5, 20, 1, 900);

  @Test
  void theFifthFailureLocksTheAccountForTheFirstLock() {
    fail("ann", HOME, 4);
    assertThat(throttle.lock("ann", HOME)).isEmpty();

    fail("ann", HOME, 1);

    assertThat(throttle.lock("ann", HOME))
        .hasValue(new LoginThrottle.Lock(LoginThrottle.Scope.ACCOUNT, 1));
    assertThat(throttle.lock("ann", ELSEWHERE)).as("from any address").isPresent();
    assertThat(throttle.lock("bob", HOME)).as("another account").isEmpty();
  }

  @Test
  void eachFurtherFailureDoublesTheLockUpToTheLongest() {
    fail("ann", HOME, 5);
    long[] expected = {2, 4, 8, 16};
    for (long seconds : expected) {
      clock.pass(Duration.ofSeconds(seconds / 2));
      fail("ann", HOME, 1);
      assertThat(throttle.lock("ann", HOME).orElseThrow().seconds()).isEqualTo(seconds);
    }
    fail("ann", HOME, 20);
    assertThat(throttle.lock("ann", HOME).orElseThrow().seconds()).isEqualTo(900);
  }

  @Test
  void theLockEndsWhenItsTimeIsUp() {
    fail("ann", HOME, 6);
    assertThat(throttle.lock("ann", HOME).orElseThrow().seconds()).isEqualTo(2);

    clock.pass(Duration.ofMillis(1500));
    assertThat(throttle.lock("ann", HOME).orElseThrow().seconds()).isEqualTo(1);
    clock.pass(Duration.ofMillis(500));
    assertThat(throttle.lock("ann", HOME)).isEmpty();
  }

  @Test
  void aSuccessClearsTheAccountButNotTheAddress() {
    fail("ann", HOME, 4);
    throttle.succeeded("ann");
    fail("ann", HOME, 4);

    assertThat(throttle.lock("ann", HOME)).isEmpty();
  }

  @Test
  void manyAccountsTriedFromOneAddressLockTheAddress() {
    for (int i = 0; i < 20; i++) {
      fail("user-" + i, HOME, 1);
    }

    assertThat(throttle.lock("ann", HOME))
        .hasValue(new LoginThrottle.Lock(LoginThrottle.Scope.ADDRESS, 1));
    assertThat(throttle.lock("ann", ELSEWHERE)).isEmpty();
    assertThat(throttle.lock(null, HOME)).as("API tokens from that address").isPresent();
  }

  @Test
  void failuresAreForgottenAfterAQuietHour() {
    fail("ann", HOME, 4);
    clock.pass(LoginThrottle.QUIET.plusSeconds(1));
    fail("ann", HOME, 1);

    assertThat(throttle.lock("ann", HOME)).isEmpty();
  }

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }
}
