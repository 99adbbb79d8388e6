package org.cadre.domain.imports;

/** A dry run checks a file and changes nothing; a commit applies what its dry run showed. */
public enum ImportMode {
  DRY_RUN("dry-run"),
  COMMIT("commit");

  private final String slug;

  ImportMode(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }
}
