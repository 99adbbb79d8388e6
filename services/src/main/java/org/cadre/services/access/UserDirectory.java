package org.cadre.services.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.UseCase;

/** Looks up and checks the people who may log in; administrators manage their accounts. */
@ApplicationScoped
@UseCase
public class UserDirectory {

  /** Checked when the user is unknown, so that timing does not reveal which usernames exist. */
  private static final String DECOY_HASH = PasswordHasher.hash("decoy".toCharArray());

  private UserAccountRepository accounts;
  private AuditTrail audit;
  private Event<AccountChanged> changes;

  protected UserDirectory() {
    // for CDI
  }

  @Inject
  public UserDirectory(
      UserAccountRepository accounts, AuditTrail audit, Event<AccountChanged> changes) {
    this.accounts = accounts;
    this.audit = audit;
    this.changes = changes;
  }

  /** The caller for a username and password, if they match an enabled account. */
  public Optional<Caller> authenticate(String username, char[] password) {
    return verify(username, password).map(AccountState::caller);
  }

  /**
   * The account for a username and password, if they match an enabled account. Costs a PBKDF2 hash
   * (tens of milliseconds), whether the username exists or not.
   */
  public Optional<AccountState> verify(String username, char[] password) {
    Optional<UserAccount> account =
        username == null ? Optional.empty() : accounts.findByUsername(username);
    String hash = account.map(UserAccount::passwordHash).orElse(DECOY_HASH);
    boolean matches = PasswordHasher.matches(password, hash);
    return account.filter(a -> matches && a.isEnabled()).map(UserDirectory::state);
  }

  /** The account as it is now, if it exists and is enabled: what a session is checked against. */
  public Optional<AccountState> account(String username) {
    return accounts
        .findByUsername(username)
        .filter(UserAccount::isEnabled)
        .map(UserDirectory::state);
  }

  /** Creates a user account; only administrators (or Cadre itself) may. */
  public UserView createUser(Caller caller, String username, char[] password, Set<Role> roles) {
    caller.require("create users", Role.ADMIN);
    if (accounts.findByUsername(username).isPresent()) {
      throw new ConflictException("There is a user " + username + " already.");
    }
    UserAccount account;
    try {
      account = new UserAccount(username, PasswordHasher.hash(password), roles, Instant.now());
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "username",
          username,
          "use 1 to "
              + UserAccount.USERNAME_MAX
              + " letters, digits, dots, @, _ and -,"
              + " with at least one role");
    }
    accounts.store(account);
    audit.record(caller, "user.created", "user", username, "roles " + roles);
    return view(account);
  }

  /**
   * Lets an account sign in, or stops it; a disabled account's sessions, remembered credentials and
   * tokens stop working at once.
   */
  public UserView setEnabled(Caller caller, String username, boolean enabled) {
    caller.require("enable or disable users", Role.ADMIN);
    UserAccount account = find(username);
    if (!enabled && caller.username().equals(username)) {
      throw new ConflictException("You cannot disable your own account.");
    }
    account.setEnabled(enabled);
    audit.record(caller, enabled ? "user.enabled" : "user.disabled", "user", username, null);
    changes.fire(new AccountChanged(username));
    return view(account);
  }

  /** Sets a new password; the old one, and the sessions signed in with it, stop working. */
  public void setPassword(Caller caller, String username, char[] password) {
    caller.require("set passwords", Role.ADMIN);
    UserAccount account = find(username);
    account.changePasswordHash(PasswordHasher.hash(password));
    audit.record(caller, "user.password-set", "user", username, null);
    changes.fire(new AccountChanged(username));
  }

  /** Every user account, for administrators. */
  public List<UserView> list(Caller caller) {
    caller.require("see user accounts", Role.ADMIN);
    return accounts.all().stream().map(UserDirectory::view).toList();
  }

  private UserAccount find(String username) {
    return accounts
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException("There is no user " + username + "."));
  }

  private static UserView view(UserAccount account) {
    return new UserView(account.username(), account.roles(), account.isEnabled());
  }

  private static AccountState state(UserAccount account) {
    return new AccountState(account.username(), account.roles(), stamp(account.passwordHash()));
  }

  private static String stamp(String passwordHash) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(passwordHash.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
