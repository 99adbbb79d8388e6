package org.cadre.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void findsOnlyTheSameUsernameAndPassword() {
    VerifiedCredentials cache = at(NOW);
    cache.remember("ann", "secret-1", "stamp-1");

    assertThat(cache.stamp("ann", "secret-1")).hasValue("stamp-1");
    assertThat(cache.stamp("ann", "secret-2")).isEmpty();
    assertThat(cache.stamp("bob", "secret-1")).isEmpty();
    assertThat(cache.stamp("an", "nsecret-1")).as("the separator counts").isEmpty();
  }

  @Test
  void anEntryPastItsLifetimeIsNotFound() {
    ManualClock clock = new ManualClock(NOW);
    VerifiedCredentials cache = new VerifiedCredentials(clock, Duration.ofSeconds(300));
    cache.remember("ann", "secret-1", "stamp-1");

    clock.pass(Duration.ofSeconds(299));
    assertThat(cache.stamp("ann", "secret-1")).isPresent();
    clock.pass(Duration.ofSeconds(1));
    assertThat(cache.stamp("ann", "secret-1")).isEmpty();
  }

  private static VerifiedCredentials at(Instant now) {
    return new VerifiedCredentials(Clock.fixed(now, ZoneOffset.UTC), Duration.ofSeconds(300));
  }
}
