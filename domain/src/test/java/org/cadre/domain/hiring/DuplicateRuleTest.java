package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

  private static CandidateDetails person(String given, String family, String email, String phone) {
    return new CandidateDetails(given, family, email, phone, CandidateSource.JOB_BOARD, null, null);
  }

  @Test
  void emailsMatchWhateverTheirCaseSpacesAndPlusTag() {
    assertThat(
            DuplicateRule.matches(
                person("Ana", "Silva", " Ana.Silva+jobs@Example.COM ", null),
                person("Anna", "Silva-Costa", "ana.silva@example.com", null)))
        .containsExactly(MatchedField.EMAIL);
  }

  @Test
  void nameAndPhoneMatchAcrossAccentsWordOrderAndNumberFormats() {
    assertThat(
            DuplicateRule.matches(
                person("José", "Núñez", null, "+44 20 7946 0123"),
                person("Nunez", "jose", "other@example.com", "020-7946-0123")))
        .containsExactly(MatchedField.NAME_AND_PHONE);
  }

  @Test
  void bothRulesAreReportedWhenBothMatch() {
    assertThat(
            DuplicateRule.matches(
                person("Li", "Wei", "li@example.com", "0612345678"),
                person("Li", "Wei", "LI@example.com", "+31 6 12345678")))
        .containsExactlyInAnyOrder(MatchedField.EMAIL, MatchedField.NAME_AND_PHONE);
  }

  @Test
  void theSameNameWithAnotherPhoneOrTheSamePhoneWithAnotherNameIsNoMatch() {
    assertThat(
            DuplicateRule.matches(
                person("Li", "Wei", null, "0612345678"), person("Li", "Wei", null, "0698765432")))
        .isEmpty();
    assertThat(
            DuplicateRule.matches(
                person("Li", "Wei", null, "0612345678"), person("Lu", "Wei", null, "0612345678")))
        .isEmpty();
  }

  @Test
  void shortPhoneNumbersNeverMatch() {
    assertThat(DuplicateRule.phoneKey("12-34")).isNull();
    assertThat(
            DuplicateRule.matches(
                person("Li", "Wei", null, "112 233"), person("Li", "Wei", null, "112233")))
        .isEmpty();
  }

  @Test
  void keysAreWhatTheDatabaseLooksUp() {
    assertThat(DuplicateRule.emailKey("A.B+x@Y.org")).isEqualTo("a.b@y.org");
    assertThat(DuplicateRule.nameKey("Zoë", "  de  Vries ")).isEqualTo("de vries zoe");
    assertThat(DuplicateRule.phoneKey("+44 (0)20 7946 0123")).isEqualTo("079460123");
    assertThat(DuplicateRule.namePhoneKey("Zoë", "de Vries", null)).isNull();
  }
}
