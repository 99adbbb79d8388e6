package org.cadre.services.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.services.audit.AuditTrail;

/** Looks up and checks the people who may log in. */
@ApplicationScoped
@Transactional
public class UserDirectory {

  /** Checked when the user is unknown, so that timing does not reveal which usernames exist. */
  private static final String DECOY_HASH = PasswordHasher.hash("decoy".toCharArray());

  private UserAccountRepository accounts;
  private AuditTrail audit;

  protected UserDirectory() {
    // for CDI
  }

  @Inject
  public UserDirectory(UserAccountRepository accounts, AuditTrail audit) {
    this.accounts = accounts;
    this.audit = audit;
  }

  /** The caller for a username and password, if they match an enabled account. */
  public Optional<Caller> authenticate(String username, char[] password) {
    Optional<UserAccount> account =
        username == null ? Optional.empty() : accounts.findByUsername(username);
    String hash = account.map(UserAccount::passwordHash).orElse(DECOY_HASH);
    boolean matches = PasswordHasher.matches(password, hash);
    return account.filter(a -> matches && a.isEnabled()).map(UserDirectory::caller);
  }

  /** The caller for a username already authenticated, with the roles they hold now. */
  public Optional<Caller> caller(String username) {
    return accounts
        .findByUsername(username)
        .filter(UserAccount::isEnabled)
        .map(UserDirectory::caller);
  }

  /** Creates a user account; only administrators (or Cadre itself) may. */
  public void createUser(Caller caller, String username, char[] password, Set<Role> roles) {
    caller.require("create users", Role.ADMIN);
    UserAccount account =
        new UserAccount(username, PasswordHasher.hash(password), roles, Instant.now());
    accounts.store(account);
    audit.record(caller, "user.created", "user", username, "roles " + roles);
  }

  /** Every user account, for administrators. */
  public List<UserView> list(Caller caller) {
    caller.require("see user accounts", Role.ADMIN);
    return accounts.all().stream()
        .map(a -> new UserView(a.username(), a.roles(), a.isEnabled()))
        .toList();
  }

  private static Caller caller(UserAccount account) {
    return new Caller(account.username(), account.roles());
  }
}
