package org.cadre.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.access.Role;
import org.cadre.services.access.AccountState;
import org.cadre.services.access.ApiTokens;
import org.cadre.services.access.Caller;
import org.cadre.services.access.UserDirectory;

/**
 * Decides every sign-in, however the credentials came: a password (login form or HTTP Basic), an
 * API token, or a portal session made earlier. Password guessing is throttled ({@link
 * LoginThrottle}); Basic credentials verified lately are recognised without PBKDF2 ({@link
 * VerifiedCredentials}); a session or remembered credentials count only while the account is
 * enabled and its password unchanged ({@link Accounts}).
 */
@ApplicationScoped
public class SignIns {

  /** How a sign-in ended. */
  public sealed interface Outcome permits Accepted, Refused, Locked {}

  /** Signed in: who, with which roles (as container groups), and the password's stamp. */
  public record Accepted(String username, Set<String> groups, String passwordStamp)
      implements Outcome {}

  /** Wrong credentials, or an account that may not sign in. */
  public record Refused() implements Outcome {}

  /** Refused without looking: too many failures lately. */
  public record Locked(LoginThrottle.Lock lock) implements Outcome {}

  @Inject private UserDirectory directory;
  @Inject private ApiTokens tokens;
  @Inject private Accounts accounts;
  @Inject private LoginThrottle throttle;
  @Inject private VerifiedCredentials verified;

  /**
   * @param remember whether to remember the credentials when they are right (HTTP Basic, sent again
   *     with every request), or not (the login form, whose session remembers the sign-in)
   */
  public Outcome password(String username, String password, String address, boolean remember) {
    Optional<LoginThrottle.Lock> lock = throttle.lock(username, address);
    if (lock.isPresent()) {
      return new Locked(lock.get());
    }
    if (remember) {
      Optional<String> stamp = verified.stamp(username, password);
      if (stamp.isPresent()) {
        Optional<AccountState> now =
            accounts.current(username).filter(a -> a.passwordStamp().equals(stamp.get()));
        if (now.isPresent()) {
          return accepted(now.get());
        }
        verified.forget(username, password);
      }
    }
    Optional<AccountState> account = directory.verify(username, password.toCharArray());
    if (account.isEmpty()) {
      throttle.failed(username, address);
      return new Refused();
    }
    throttle.succeeded(username);
    if (remember) {
      verified.remember(username, password, account.get().passwordStamp());
    }
    return accepted(account.get());
  }

  /** A sign-in with an API token's secret. */
  public Outcome token(String secret, String address) {
    Optional<LoginThrottle.Lock> lock = throttle.lock(null, address);
    if (lock.isPresent()) {
      return new Locked(lock.get());
    }
    Optional<Caller> caller = tokens.authenticate(secret);
    if (caller.isEmpty()) {
      throttle.failed(null, address);
      return new Refused();
    }
    return new Accepted(caller.get().username(), groups(caller.get().roles()), null);
  }

  /**
   * The session's sign-in as it stands now: empty once the account is disabled or re-passworded.
   */
  public Optional<Accepted> session(SessionIdentity identity) {
    return accounts
        .current(identity.username())
        .filter(a -> a.passwordStamp().equals(identity.passwordStamp()))
        .map(SignIns::accepted);
  }

  private static Accepted accepted(AccountState account) {
    return new Accepted(account.username(), groups(account.roles()), account.passwordStamp());
  }

  private static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toSet());
  }
}
