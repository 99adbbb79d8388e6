package org.cadre.services.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.cadre.domain.hiring.CandidateDetails;
import org.cadre.domain.hiring.CandidateSource;

/**
 * Made-up candidates for the demo: names from short lists, example.com addresses, phone numbers
 * from the range set aside for drama (+44 7700 900xxx), a source weighted as applications usually
 * come in, and a few pairs that are one person entered twice, for HR's duplicates page.
 */
final class DemoCandidates {

  private static final List<String> GIVEN =
      List.of(
          "Ana", "Ben", "Chloé", "Dmitri", "Esther", "Farid", "Greta", "Hugo", "Ines", "Jonas",
          "Keiko", "Lars", "Maya", "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Samir", "Tove",
          "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zofia");

  private static final List<String> FAMILY =
      List.of(
          "Almeida",
          "Brennan",
          "Castillo",
          "Dubois",
          "Eriksen",
          "Fischer",
          "Gallagher",
          "Haddad",
          "Ivanova",
          "Jansen",
          "Kowalski",
          "Lindqvist",
          "Moreau",
          "Novak",
          "O'Neill",
          "Petrov",
          "Quintero",
          "Rossi",
          "Schmidt",
          "Tanaka",
          "Ueda",
          "Varga",
          "Weber",
          "Yilmaz",
          "Zielinski");

  /** Sources in the proportions they are drawn. */
  private static final List<CandidateSource> SOURCES =
      List.of(
          CandidateSource.CAREERS_SITE,
          CandidateSource.CAREERS_SITE,
          CandidateSource.CAREERS_SITE,
          CandidateSource.JOB_BOARD,
          CandidateSource.JOB_BOARD,
          CandidateSource.JOB_BOARD,
          CandidateSource.REFERRAL,
          CandidateSource.REFERRAL,
          CandidateSource.AGENCY,
          CandidateSource.JOB_FAIR,
          CandidateSource.SOCIAL,
          CandidateSource.OTHER);

  private DemoCandidates() {}

  /** The candidates, all different people, each once. */
  static List<CandidateDetails> people(int count, Random random) {
    List<CandidateDetails> people = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String given = GIVEN.get(i % GIVEN.size());
      String family = FAMILY.get((i * 7 + i / GIVEN.size()) % FAMILY.size());
      people.add(person(given, family, i, SOURCES.get(random.nextInt(SOURCES.size()))));
    }
    return people;
  }

  /**
   * The same person entered again: the email in other letters for even numbers, else the same name
   * with the phone number written another way and a private address.
   */
  static CandidateDetails duplicateOf(CandidateDetails person, int n) {
    if (n % 2 == 0) {
      return new CandidateDetails(
          person.givenName(),
          person.familyName(),
          person.email().toUpperCase(Locale.ROOT),
          null,
          CandidateSource.JOB_FAIR,
          null,
          null);
    }
    String digits = person.phone().replaceAll("[^0-9]", "");
    return new CandidateDetails(
        person.familyName(),
        person.givenName(),
        "private." + n + "@example.org",
        "0" + digits.substring(2),
        CandidateSource.JOB_FAIR,
        null,
        null);
  }

  private static CandidateDetails person(
      String given, String family, int n, CandidateSource source) {
    String handle =
        (plain(given) + "." + plain(family)).toLowerCase(Locale.ROOT)
            + (n >= GIVEN.size() ? n : "");
    return new CandidateDetails(
        given,
        family,
        handle + "@example.com",
        String.format("+44 7700 9%05d", n),
        source,
        "https://profiles.example.com/" + handle,
        null);
  }

  private static String plain(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replaceAll("[^A-Za-z]", "");
  }
}
