package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cadre.services.access.AccountChanged;
import org.cadre.services.access.AccountState;
import org.cadre.services.access.UserDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts of callers who signed in earlier (a portal session, remembered credentials), as they
 * are now: each is read again from the database at most every {@code cadre.auth.recheck-seconds},
 * and at once when this server changes it ({@link AccountChanged}). A change made on another server
 * is seen within that interval.
 */
@ApplicationScoped
public class Accounts {

  private record Checked(Optional<AccountState> state, Instant at) {}

  private final Map<String, Checked> checked = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  @Inject private UserDirectory directory;

  @Inject
  @ConfigProperty(name = "cadre.auth.recheck-seconds", defaultValue = "60")
  long recheckSeconds;

  /** The account if it exists and is enabled. */
  public Optional<AccountState> current(String username) {
    Instant now = clock.instant();
    Checked known = checked.get(username);
    if (known == null || known.at().plus(Duration.ofSeconds(recheckSeconds)).isBefore(now)) {
      known = new Checked(directory.account(username), now);
      checked.put(username, known);
    }
    return known.state();
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
    checked.remove(change.username());
  }
}
