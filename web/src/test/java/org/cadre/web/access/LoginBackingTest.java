package org.cadre.web.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoginBackingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/people.xhtml?unit=ENG | /people.xhtml?unit=ENG",
        "/ | /blueprints.xhtml",
        "https://evil.example/ | /blueprints.xhtml",
        "//evil.example/ | /blueprints.xhtml",
        "/\\evil.example | /blueprints.xhtml",
        "/login.xhtml | /blueprints.xhtml",
      })
  void returnsOnlyToPagesOfCadre(String next, String target) {
    assertThat(LoginBacking.safeNext(next)).isEqualTo(target);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/people.xhtml\r\nX-Forged: 1", "/people.xhtml\u0000", "/people\t.xhtml"})
  void refusesControlCharacters(String next) {
    assertThat(LoginBacking.safeNext(next)).isEqualTo("/blueprints.xhtml");
  }
}
