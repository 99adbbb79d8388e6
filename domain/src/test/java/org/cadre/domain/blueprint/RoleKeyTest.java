package org.cadre.domain.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleKeyTest {

  @Test
  void foldsCasePunctuationAndAccents() {
    assertThat(RoleKey.of("Lead Cloud-Native Engineer")).isEqualTo("lead cloud native engineer");
    assertThat(RoleKey.of("  lead   cloud native ENGINEER "))
        .isEqualTo("lead cloud native engineer");
    assertThat(RoleKey.of("Ingénieur Données")).isEqualTo("ingenieur donnees");
  }

  @Test
  void rejectsATitleWithoutLettersOrDigits() {
    assertThatThrownBy(() -> RoleKey.of("— —")).isInstanceOf(IllegalArgumentException.class);
  }
}
