package org.cadre.domain.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandidateTest {

  private static final Instant AT = Instant.parse("2027-02-01T10:00:00Z");

  private static Candidate candidate(long id, String email, String phone, String links) {
    return TestIds.assign(
        Candidate.of(
            new CandidateDetails(
                "Ana", "Silva", email, phone, CandidateSource.REFERRAL, links, null),
            "hr",
            AT),
        id);
  }

  @Test
  void keysAreStoredForTheDuplicateLookUp() {
    Candidate ana = candidate(1, "Ana@Example.com", "0612345678", null);
    assertThat(ana.details().email()).isEqualTo("Ana@Example.com");
    assertThat(DuplicateRule.emailKey(ana.details().email())).isEqualTo("ana@example.com");
  }

  @Test
  void aMergeFillsTheGapsOfTheSurvivorAndMarksTheDuplicate() {
    Candidate survivor = candidate(1, "ana@example.com", null, "https://a.example");
    Candidate duplicate = candidate(2, "ana.silva@example.com", "0612345678", "https://b.example");

    survivor.absorb(duplicate, AT);
    duplicate.mergeInto(1, AT);

    assertThat(survivor.details().email()).isEqualTo("ana@example.com");
    assertThat(survivor.details().phone()).isEqualTo("0612345678");
    assertThat(survivor.details().links()).isEqualTo("https://a.example\nhttps://b.example");
    assertThat(duplicate.mergedInto()).contains(1L);
    assertThat(duplicate.whyGone())
        .hasValue("Candidate 2 was merged into candidate 1; use that one.");
    assertThatThrownBy(() -> duplicate.mergeInto(3, AT)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCandidateIsNotMergedIntoItself() {
    Candidate ana = candidate(1, "ana@example.com", null, null);
    assertThatThrownBy(() -> ana.mergeInto(1, AT)).hasMessageContaining("itself");
  }

  @Test
  void anonymisingRemovesThePersonalDataButKeepsTheSource() {
    Candidate ana = candidate(7, "ana@example.com", "0612345678", "https://a.example");
    ana.anonymise(AT);

    assertThat(ana.name()).isEqualTo("Anonymised #7");
    assertThat(ana.details().email()).isNull();
    assertThat(ana.details().phone()).isNull();
    assertThat(ana.details().links()).isNull();
    assertThat(ana.source()).isEqualTo(CandidateSource.REFERRAL);
    assertThat(ana.anonymisedAt()).contains(AT);
  }

  @Test
  void detailsNameEachProblem() {
    assertThat(
            new CandidateDetails(" ", "Silva", "not-an-email", null, null, null, null).problems())
        .extracting(FieldProblem::field)
        .containsExactly("givenName", "email", "source");
    assertThat(
            new CandidateDetails("A", "B", null, null, CandidateSource.OTHER, null, null)
                .problems())
        .extracting(FieldProblem::reason)
        .containsExactly("give an email or a phone number");
  }
}
