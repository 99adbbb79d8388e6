package org.cadre.domain.common;

/**
 * A zero-based page number and a page size between 1 and {@link #MAX_SIZE}; the page's first row is
 * at most {@link Integer#MAX_VALUE}, the largest offset a query takes.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must be 0 or more, was " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between 1 and " + MAX_SIZE + ", was " + size);
    }
    if (page > lastPage(size)) {
      throw new IllegalArgumentException(
          "with pages of " + size + " the page is at most " + lastPage(size) + ", was " + page);
    }
  }

  /** The last page number whose first row a query can still reach. */
  public static int lastPage(int size) {
    return Integer.MAX_VALUE / size;
  }

  public int offset() {
    return page * size;
  }
}
