package org.cadre.domain.hiring;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When two candidates are the same person: the same email, or the same name and phone, each
 * normalised first. Emails: case and surrounding spaces ignored, and a {@code +tag} after the local
 * part dropped. Names: accents, case, punctuation and word order ignored. Phones: only the digits
 * count, and two numbers match on their last {@value #PHONE_DIGITS} digits, so a national and an
 * international form of one number match; a number of fewer than {@value #PHONE_MIN_DIGITS} digits
 * never matches.
 */
public final class DuplicateRule {

  public static final int PHONE_DIGITS = 9;
  public static final int PHONE_MIN_DIGITS = 7;

  private DuplicateRule() {}

  /** The email as it is compared, or null for none. */
  public static String emailKey(String email) {
    if (email == null || email.isBlank()) {
      return null;
    }
    String text = email.strip().toLowerCase(Locale.ROOT);
    int at = text.lastIndexOf('@');
    if (at <= 0) {
      return text;
    }
    String local = text.substring(0, at);
    int plus = local.indexOf('+');
    if (plus > 0) {
      local = local.substring(0, plus);
    }
    return local + text.substring(at);
  }

  /** The name as it is compared: its words without accents, lower-case, in alphabetical order. */
  public static String nameKey(String givenName, String familyName) {
    String name =
        (givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName);
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    if (plain.isEmpty()) {
      return null;
    }
    return Arrays.stream(plain.split(" ")).sorted().collect(Collectors.joining(" "));
  }

  /** The phone as it is compared: its last digits, or null when it has too few. */
  public static String phoneKey(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.length() < PHONE_MIN_DIGITS) {
      return null;
    }
    return digits.length() <= PHONE_DIGITS
        ? digits
        : digits.substring(digits.length() - PHONE_DIGITS);
  }

  /** The name and phone together, or null when either is missing. */
  public static String namePhoneKey(String givenName, String familyName, String phone) {
    String name = nameKey(givenName, familyName);
    String digits = phoneKey(phone);
    return name == null || digits == null ? null : name + "|" + digits;
  }

  public static String namePhoneKey(CandidateDetails details) {
    return namePhoneKey(details.givenName(), details.familyName(), details.phone());
  }

  /** Why the two look like one person; empty when they do not. */
  public static Set<MatchedField> matches(CandidateDetails a, CandidateDetails b) {
    Set<MatchedField> matched = EnumSet.noneOf(MatchedField.class);
    String email = emailKey(a.email());
    if (email != null && email.equals(emailKey(b.email()))) {
      matched.add(MatchedField.EMAIL);
    }
    String namePhone = namePhoneKey(a);
    if (namePhone != null && Objects.equals(namePhone, namePhoneKey(b))) {
      matched.add(MatchedField.NAME_AND_PHONE);
    }
    return matched;
  }
}
