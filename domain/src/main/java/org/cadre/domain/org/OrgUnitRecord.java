package org.cadre.domain.org;

import java.util.Objects;
import java.util.regex.Pattern;

/** What HR states about an org unit; the parent and the manager are named by code and number. */
public record OrgUnitRecord(
    String code,
    String name,
    OrgUnitKind kind,
    String parentCode,
    String managerNumber,
    String costCentre) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  public OrgUnitRecord {
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          "an org unit code is 1 to 40 letters, digits, dots, dashes or underscores: " + code);
    }
    if (name == null || name.isBlank() || name.length() > OrgUnit.NAME_MAX) {
      throw new IllegalArgumentException(
          "an org unit needs a name of at most " + OrgUnit.NAME_MAX + " characters");
    }
    Objects.requireNonNull(kind, "kind");
    if (code.equals(parentCode)) {
      throw new IllegalArgumentException(code + " cannot be its own parent");
    }
  }

  /** Whether the text is a well-formed org unit code. */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }
}
