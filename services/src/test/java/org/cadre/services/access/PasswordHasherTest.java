package org.cadre.services.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  @Test
  void matchesTheRightPasswordOnly() {
    String hash = PasswordHasher.hash("correct horse".toCharArray());

    assertThat(hash).startsWith("pbkdf2-sha256$120000$").doesNotContain("correct");
    assertThat(PasswordHasher.matches("correct horse".toCharArray(), hash)).isTrue();
    assertThat(PasswordHasher.matches("correct hors".toCharArray(), hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(PasswordHasher.hash("demo".toCharArray()))
        .isNotEqualTo(PasswordHasher.hash("demo".toCharArray()));
  }

  @Test
  void rejectsHashesOfAnotherFormat() {
    assertThat(PasswordHasher.matches("demo".toCharArray(), "demo")).isFalse();
    assertThat(PasswordHasher.matches("demo".toCharArray(), "md5$1$a$b")).isFalse();
  }
}
