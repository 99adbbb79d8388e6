package org.cadre.services.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cadre.domain.access.Role;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Administrators manage accounts; each change is audited and announced to sign-in caches. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class UserDirectoryTest {

  private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN));

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;
  private final RecordedEvents<AccountChanged> changes = new RecordedEvents<>();

  @BeforeEach
  void account() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    directory(d -> d.createUser(ADMIN, "ann", "first-password".toCharArray(), Set.of(Role.HR)));
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  @Test
  void aDisabledAccountNoLongerSignsInAndTheChangeIsAnnounced() {
    directory(d -> d.setEnabled(ADMIN, "ann", false));

    Optional<AccountState> signedIn =
        directory(d -> d.verify("ann", "first-password".toCharArray()));
    Optional<AccountState> account = directory(d -> d.account("ann"));
    assertThat(signedIn).isEmpty();
    assertThat(account).isEmpty();
    assertThat(changes.fired()).containsExactly(new AccountChanged("ann"));
    assertThat(audit()).contains("user.disabled");
  }

  @Test
  void aNewPasswordReplacesTheOldAndChangesTheStamp() {
    String before = directory(d -> d.account("ann")).orElseThrow().passwordStamp();

    directory(
        d -> {
          d.setPassword(ADMIN, "ann", "second-password".toCharArray());
          return null;
        });

    Optional<AccountState> old = directory(d -> d.verify("ann", "first-password".toCharArray()));
    assertThat(old).isEmpty();
    AccountState after =
        directory(d -> d.verify("ann", "second-password".toCharArray())).orElseThrow();
    assertThat(after.passwordStamp()).isNotEqualTo(before).hasSize(32);
    assertThat(changes.fired()).containsExactly(new AccountChanged("ann"));
    assertThat(audit()).contains("user.password-set");
  }

  @Test
  void onlyAdministratorsManageAccountsAndNobodyDisablesThemselves() {
    Caller hr = new Caller("ann", Set.of(Role.HR));

    assertThatThrownBy(() -> directory(d -> d.setEnabled(hr, "ann", false)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> directory(d -> d.createUser(ADMIN, "ann", "x".toCharArray(), Set.of(Role.HR))))
        .isInstanceOf(ConflictException.class);
    directory(
        d -> d.createUser(ADMIN, "admin", "admin-password".toCharArray(), Set.of(Role.ADMIN)));
    assertThatThrownBy(() -> directory(d -> d.setEnabled(ADMIN, "admin", false)))
        .isInstanceOf(ConflictException.class);
    assertThat(changes.fired()).isEmpty();
  }

  private <T> T directory(Function<UserDirectory, T> use) {
    return jpa.inTransaction(em -> use.apply(Services.on(em).users(changes)));
  }

  private List<String> audit() {
    return jpa.inTransaction(
        em ->
            em
                .createQuery("SELECT e FROM AuditEvent e ORDER BY e.id", AuditEvent.class)
                .getResultList()
                .stream()
                .map(AuditEvent::action)
                .toList());
  }
}
