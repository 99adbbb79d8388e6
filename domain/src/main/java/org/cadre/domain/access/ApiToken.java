package org.cadre.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A credential for an integration: it acts as one user account with one of its roles. Only the
 * SHA-256 hash of the secret is kept; the secret is shown once, when the token is issued. A revoked
 * token stays, for the record.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  public static final int NAME_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  private Long id;

  @Column(name = "name", nullable = false, length = NAME_MAX)
  private String name;

  @Column(name = "username", nullable = false, length = UserAccount.USERNAME_MAX)
  private String username;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Role role;

  @Column(name = "secret_hash", nullable = false, length = 64, unique = true)
  private String secretHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = UserAccount.USERNAME_MAX)
  private String createdBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = UserAccount.USERNAME_MAX)
  private String revokedBy;

  protected ApiToken() {
    // for JPA
  }

  /**
   * @param secretHash the hex SHA-256 of the secret
   */
  public ApiToken(
      String name, String username, Role role, String secretHash, String createdBy, Instant now) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException("a token's name is 1 to " + NAME_MAX + " characters");
    }
    this.name = name.strip();
    this.username = Objects.requireNonNull(username, "username");
    this.role = Objects.requireNonNull(role, "role");
    this.secretHash = Objects.requireNonNull(secretHash, "secretHash");
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = now;
  }

  /** Why the token cannot be revoked (it already was), if it cannot. */
  public Optional<String> whyNotRevoke() {
    return revokedAt == null
        ? Optional.empty()
        : Optional.of("the token was revoked already, on " + revokedAt + " by " + revokedBy);
  }

  public void revoke(String by, Instant now) {
    whyNotRevoke()
        .ifPresent(
            reason -> {
              throw new IllegalStateException(reason);
            });
    this.revokedAt = now;
    this.revokedBy = by;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String username() {
    return username;
  }

  public Role role() {
    return role;
  }

  public String secretHash() {
    return secretHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ApiToken other && secretHash.equals(other.secretHash);
  }

  @Override
  public int hashCode() {
    return secretHash.hashCode();
  }

  @Override
  public String toString() {
    return "ApiToken " + name + " (" + username + ", " + role + ")";
  }
}
