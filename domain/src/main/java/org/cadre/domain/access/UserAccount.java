package org.cadre.domain.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A person who can log in to Cadre, with a password hash (never the password) and roles. */
@Entity
@Table(name = "user_account")
public class UserAccount {

  public static final int USERNAME_MAX = 100;
  public static final int EMPLOYEE_NUMBER_MAX = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
  @SequenceGenerator(
      name = "user_account_seq",
      sequenceName = "user_account_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = new HashSet<>();

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "employee_number", length = EMPLOYEE_NUMBER_MAX)
  private String employeeNumber;

  protected UserAccount() {
    // for JPA
  }

  public UserAccount(String username, String passwordHash, Set<Role> roles, Instant now) {
    if (username == null || !username.matches("[A-Za-z0-9._@-]{1," + USERNAME_MAX + "}")) {
      throw new IllegalArgumentException("invalid username: " + username);
    }
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("a user needs at least one role");
    }
    this.username = username;
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.roles = new HashSet<>(roles);
    this.enabled = true;
    this.createdAt = now;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** Lets the account sign in, or stops it from signing in (its sessions and tokens end too). */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** Replaces the password's hash, e.g. when an administrator sets a new password. */
  public void changePasswordHash(String passwordHash) {
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
  }

  /** The employee this user is in the organisation, by employee number, if any. */
  public Optional<String> employeeNumber() {
    return Optional.ofNullable(employeeNumber);
  }

  /**
   * Makes this user the employee with the number (a manager then sees what that employee manages),
   * or no employee with null.
   */
  public void linkToEmployee(String employeeNumber) {
    if (employeeNumber != null
        && (employeeNumber.isBlank() || employeeNumber.strip().length() > EMPLOYEE_NUMBER_MAX)) {
      throw new IllegalArgumentException(
          "an employee number is 1 to " + EMPLOYEE_NUMBER_MAX + " characters: " + employeeNumber);
    }
    this.employeeNumber = employeeNumber == null ? null : employeeNumber.strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserAccount other && username.equals(other.username);
  }

  @Override
  public int hashCode() {
    return username.hashCode();
  }

  @Override
  public String toString() {
    return "UserAccount " + username + " " + roles;
  }
}
