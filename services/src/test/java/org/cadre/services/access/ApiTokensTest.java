package org.cadre.services.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cadre.domain.access.ApiToken;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.audit.AuditEvent;
import org.cadre.persistence.access.JpaUserAccountRepository;
import org.cadre.persistence.testing.DatabaseKind;
import org.cadre.persistence.testing.JpaTestContext;
import org.cadre.persistence.testing.TestDatabases;
import org.cadre.services.common.AccessDeniedException;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.testing.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** API tokens on H2 and PostgreSQL: issued by ADMIN, stored hashed, scoped, revoked, audited. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ApiTokensTest {

  private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN));

  @Parameter DatabaseKind database;

  private JpaTestContext jpa;

  @BeforeEach
  void accounts() {
    jpa = JpaTestContext.open(TestDatabases.fresh(database));
    jpa.run(
        em -> {
          JpaUserAccountRepository accounts = new JpaUserAccountRepository(em);
          accounts.store(
              new UserAccount("payroll", "-", Set.of(Role.HR, Role.LEADERSHIP), Instant.now()));
          accounts.store(new UserAccount("admin", "-", Set.of(Role.ADMIN), Instant.now()));
        });
  }

  @AfterEach
  void close() {
    jpa.close();
  }

  @Test
  void anIssuedTokenActsAsItsAccountWithItsRoleOnlyAndOnlyItsHashIsStored() {
    ApiTokens.IssuedToken issued = tokens(t -> t.issue(ADMIN, "Payroll sync", "payroll", "HR"));

    assertThat(issued.secret()).startsWith("cadre_").hasSize(6 + 43);
    assertThat(signIn(issued.secret())).hasValue(new Caller("payroll", Set.of(Role.HR)));
    List<ApiToken> stored =
        jpa.inTransaction(
            em -> em.createQuery("SELECT t FROM ApiToken t", ApiToken.class).getResultList());
    assertThat(stored)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.secretHash()).isEqualTo(ApiTokens.hash(issued.secret())).hasSize(64);
              assertThat(t.secretHash()).doesNotContain(issued.secret().substring(6));
            });
    assertThat(audit("api-token"))
        .extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::details)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "api-token.issued", "admin", "\"Payroll sync\" for payroll as HR"));
  }

  @Test
  void aRevokedTokenNoLongerSignsInAndTheRevocationIsAudited() {
    ApiTokens.IssuedToken issued = tokens(t -> t.issue(ADMIN, "Payroll sync", "payroll", "HR"));

    tokens(t -> t.revoke(ADMIN, issued.token().id()));

    assertThat(signIn(issued.secret())).isEmpty();
    List<ApiTokenView> listed = tokens(t -> t.list(ADMIN));
    assertThat(listed).singleElement().satisfies(v -> assertThat(v.revokedAt()).isNotNull());
    assertThat(audit("api-token"))
        .extracting(AuditEvent::action)
        .containsExactly("api-token.issued", "api-token.revoked");
    assertThatThrownBy(() -> tokens(t -> t.revoke(ADMIN, issued.token().id())))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aTokenStopsWhenItsAccountIsDisabled() {
    ApiTokens.IssuedToken hr = tokens(t -> t.issue(ADMIN, "Payroll sync", "payroll", "HR"));

    jpa.run(
        em ->
            new JpaUserAccountRepository(em)
                .findByUsername("payroll")
                .orElseThrow()
                .setEnabled(false));

    assertThat(signIn(hr.secret())).isEmpty();
  }

  @Test
  void onlyAdminIssuesAndOnlyForARoleTheAccountHolds() {
    Caller hr = new Caller("payroll", Set.of(Role.HR));

    assertThatThrownBy(() -> tokens(t -> t.issue(hr, "mine", "payroll", "HR")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tokens(t -> t.issue(ADMIN, "sync", "payroll", "ADMIN")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("role: the user payroll does not hold this role; they hold HR, LEADERSHIP");
    assertThatThrownBy(() -> tokens(t -> t.issue(ADMIN, "sync", "nobody", "HR")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("username: there is no such user");
    assertThatThrownBy(() -> tokens(t -> t.issue(ADMIN, "sync\u202E", "payroll", "HR")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("U+202E");
    assertThat(signIn("cadre_" + "A".repeat(43))).isEmpty();
    assertThat(signIn("not-a-token")).isEmpty();
  }

  private Optional<Caller> signIn(String secret) {
    return tokens(t -> t.authenticate(secret));
  }

  private <T> T tokens(Function<ApiTokens, T> use) {
    return jpa.inTransaction(em -> use.apply(Services.on(em).apiTokens()));
  }

  private List<AuditEvent> audit(String subjectType) {
    return jpa.inTransaction(
        em ->
            em.createQuery(
                    "SELECT e FROM AuditEvent e WHERE e.subjectType = :type ORDER BY e.id",
                    AuditEvent.class)
                .setParameter("type", subjectType)
                .getResultList());
  }
}
