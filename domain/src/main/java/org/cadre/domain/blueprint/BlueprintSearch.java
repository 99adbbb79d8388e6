package org.cadre.domain.blueprint;

/**
 * What the library is searched for: free text in title and summary, a family, and whether only
 * published revisions count (readers outside HR see nothing else).
 */
public record BlueprintSearch(
    String text, String family, boolean publishedOnly, Sort sort, boolean descending) {

  /** Columns the library can be ordered by. */
  public enum Sort {
    TITLE,
    FAMILY,
    LEVEL,
    STATUS
  }

  public BlueprintSearch {
    text = text == null || text.isBlank() ? null : text.strip();
    family = family == null || family.isBlank() ? null : family.strip();
    sort = sort == null ? Sort.TITLE : sort;
  }
}
