package org.cadre.services.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cadre.domain.access.ApiToken;
import org.cadre.domain.access.ApiTokenRepository;
import org.cadre.domain.access.Role;
import org.cadre.domain.access.UserAccount;
import org.cadre.domain.access.UserAccountRepository;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.NotFoundException;
import org.cadre.services.common.TextRules;
import org.cadre.services.common.UseCase;

/**
 * API tokens for integrations: ADMIN issues one for an account and one of its roles, and revokes
 * it. A token's secret is 256 random bits, shown once; only its SHA-256 is stored, which is safe
 * for a secret of that strength and costs microseconds to check, where a password needs PBKDF2.
 */
@ApplicationScoped
@UseCase
public class ApiTokens {

  /** What every secret starts with, so that leaked tokens are easy to recognise. */
  public static final String PREFIX = "cadre_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokenRepository tokens;
  private UserAccountRepository accounts;
  private AuditTrail audit;

  protected ApiTokens() {
    // for CDI
  }

  @Inject
  public ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, AuditTrail audit) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.audit = audit;
  }

  /** A token just issued, with its secret: the only time the secret is known. */
  public record IssuedToken(ApiTokenView token, String secret) {}

  public IssuedToken issue(Caller caller, String name, String username, String role) {
    caller.require("issue API tokens", Role.ADMIN);
    if (name == null || name.isBlank()) {
      throw InvalidInputException.of("name", name, "a token needs a name saying what uses it");
    }
    if (name.strip().length() > ApiToken.NAME_MAX) {
      throw InvalidInputException.of(
          "name", name, "a name takes at most " + ApiToken.NAME_MAX + " characters");
    }
    TextRules.require("name", name);
    UserAccount account =
        accounts
            .findByUsername(username == null ? "" : username)
            .filter(UserAccount::isEnabled)
            .orElseThrow(
                () -> InvalidInputException.of("username", username, "there is no such user"));
    Role scope = role(role);
    if (!account.roles().contains(scope)) {
      throw InvalidInputException.of(
          "role",
          role,
          "the user "
              + username
              + " does not hold this role; they hold "
              + account.roles().stream()
                  .map(Role::name)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    ApiToken token =
        new ApiToken(name, username, scope, hash(secret), caller.username(), Instant.now());
    tokens.store(token);
    audit.record(
        caller,
        "api-token.issued",
        "api-token",
        Long.toString(token.id()),
        "\"" + token.name() + "\" for " + username + " as " + scope);
    return new IssuedToken(view(token), secret);
  }

  /** Every token, revoked ones included, newest first. */
  public List<ApiTokenView> list(Caller caller) {
    caller.require("see API tokens", Role.ADMIN);
    return tokens.all().stream().map(ApiTokens::view).toList();
  }

  public ApiTokenView revoke(Caller caller, long id) {
    caller.require("revoke API tokens", Role.ADMIN);
    ApiToken token =
        tokens
            .find(id)
            .orElseThrow(() -> new NotFoundException("There is no API token " + id + "."));
    token
        .whyNotRevoke()
        .ifPresent(
            reason -> {
              throw new ConflictException("Token " + id + ": " + reason + ".");
            });
    token.revoke(caller.username(), Instant.now());
    audit.record(
        caller,
        "api-token.revoked",
        "api-token",
        Long.toString(id),
        "\"" + token.name() + "\" of " + token.username());
    return view(token);
  }

  /**
   * The caller a token's secret stands for: its account with the token's role only, while the token
   * is not revoked and the account is enabled and still holds the role.
   */
  public Optional<Caller> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return tokens
        .findBySecretHash(hash(secret))
        .filter(token -> !token.isRevoked())
        .flatMap(
            token ->
                accounts
                    .findByUsername(token.username())
                    .filter(UserAccount::isEnabled)
                    .filter(account -> account.roles().contains(token.role()))
                    .map(account -> new Caller(account.username(), Set.of(token.role()))));
  }

  private static Role role(String role) {
    return Arrays.stream(Role.values())
        .filter(r -> r.name().equals(role))
        .findFirst()
        .orElseThrow(
            () ->
                InvalidInputException.of(
                    "role",
                    role,
                    "use one of "
                        + Arrays.stream(Role.values())
                            .map(Role::name)
                            .collect(Collectors.joining(", "))));
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApiTokenView view(ApiToken token) {
    return new ApiTokenView(
        token.id(),
        token.name(),
        token.username(),
        token.role(),
        token.createdAt(),
        token.createdBy(),
        token.revokedAt().orElse(null));
  }
}
