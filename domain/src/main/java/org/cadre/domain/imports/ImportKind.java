package org.cadre.domain.imports;

import java.util.Arrays;
import java.util.Optional;

/** What an HR spreadsheet import brings in; the slug names it in URLs and templates. */
public enum ImportKind {
  ORG_UNITS("org-units", "Org units"),
  EMPLOYEES("employees", "Employees"),
  ASSESSMENTS("assessments", "Assessments"),
  ASSESSMENT_MATRIX("assessment-matrix", "Assessment matrix"),
  CANDIDATES("candidates", "Candidates");

  private final String slug;
  private final String label;

  ImportKind(String slug, String label) {
    this.slug = slug;
    this.label = label;
  }

  public String slug() {
    return slug;
  }

  public String label() {
    return label;
  }

  public static Optional<ImportKind> bySlug(String slug) {
    return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
  }
}
