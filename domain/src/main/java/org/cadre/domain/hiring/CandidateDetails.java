package org.cadre.domain.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What is known of a candidate: name, how to reach them, where they came from, links (one per line:
 * a profile, a portfolio), and the employee they are when they apply from inside.
 *
 * @param email null when not given; a candidate needs an email or a phone
 * @param employeeNumber null for an external candidate
 */
public record CandidateDetails(
    String givenName,
    String familyName,
    String email,
    String phone,
    CandidateSource source,
    String links,
    String employeeNumber) {

  public static final int NAME_MAX = 100;
  public static final int EMAIL_MAX = 200;
  public static final int PHONE_MAX = 40;
  public static final int LINKS_MAX = 2000;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,}");

  public CandidateDetails {
    givenName = trim(givenName);
    familyName = trim(familyName);
    email = trim(email);
    phone = trim(phone);
    links = trim(links);
    employeeNumber = trim(employeeNumber);
  }

  /** What is wrong with the details, each naming its field; empty when nothing is. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "givenName", givenName, NAME_MAX);
    required(problems, "familyName", familyName, NAME_MAX);
    if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
      problems.add(new FieldProblem("email", email, "is not an email address"));
    }
    if (phone != null && (phone.length() > PHONE_MAX || !PHONE.matcher(phone).matches())) {
      problems.add(
          new FieldProblem(
              "phone", phone, "is not a phone number (digits, spaces, + ( ) . / - only)"));
    }
    if (email == null && phone == null) {
      problems.add(new FieldProblem("email", null, "give an email or a phone number"));
    }
    if (source == null) {
      problems.add(new FieldProblem("source", null, "say where the candidate came from"));
    }
    if (links != null && links.length() > LINKS_MAX) {
      problems.add(
          new FieldProblem("links", links.length() + " characters", "takes at most " + LINKS_MAX));
    }
    return problems;
  }

  public String name() {
    return givenName + " " + familyName;
  }

  private static void required(List<FieldProblem> problems, String field, String value, int max) {
    if (value == null) {
      problems.add(new FieldProblem(field, null, "is required"));
    } else if (value.length() > max) {
      problems.add(new FieldProblem(field, value, "takes at most " + max + " characters"));
    }
  }

  private static String trim(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
