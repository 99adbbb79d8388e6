package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * HTTP Basic credentials this server verified lately, so that an integration sending the same
 * username and password on every request pays for PBKDF2 once per {@code cadre.auth.cache-seconds}
 * instead of on every call. An entry is found only with the same username and password: it is filed
 * under an HMAC of both with a key drawn at random when the server starts and never stored, so the
 * memory holds no password nor anything a password could be checked against offline. An entry also
 * records the password's stamp, and is used only while the account is enabled and its password
 * unchanged ({@link Accounts}); wrong passwords are never remembered.
 */
@ApplicationScoped
public class VerifiedCredentials {

  /** Above this many entries, expired ones are dropped, then the whole cache if need be. */
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(String username, String passwordStamp, Instant until) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private SecretKeySpec key;
  private Clock clock;
  private Duration lifetime;

  protected VerifiedCredentials() {
    // for CDI
  }

  @Inject
  VerifiedCredentials(
      @ConfigProperty(name = "cadre.auth.cache-seconds", defaultValue = "300") long seconds) {
    this(Clock.systemUTC(), Duration.ofSeconds(seconds));
  }

  VerifiedCredentials(Clock clock, Duration lifetime) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** The password stamp recorded when these credentials were verified, if they were, lately. */
  Optional<String> stamp(String username, String password) {
    String id = id(username, password);
    Entry entry = entries.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.until().isAfter(clock.instant()) || !entry.username().equals(username)) {
      entries.remove(id);
      return Optional.empty();
    }
    return Optional.of(entry.passwordStamp());
  }

  void remember(String username, String password, String passwordStamp) {
    if (lifetime.isZero()) {
      return;
    }
    Instant now = clock.instant();
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !e.until().isAfter(now));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(id(username, password), new Entry(username, passwordStamp, now.plus(lifetime)));
  }

  void forget(String username, String password) {
    entries.remove(id(username, password));
  }

  private String id(String username, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(username.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }
}
