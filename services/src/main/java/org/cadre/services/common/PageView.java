package org.cadre.services.common;

import java.util.List;
import org.cadre.domain.common.Page;
import org.cadre.domain.common.PageRequest;

/** One page of results as the web layer sees it. */
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

  public PageView {
    items = List.copyOf(items);
  }

  /** The page a caller asked for, refused with a message naming the parameter when out of range. */
  public static PageRequest request(int page, int size) {
    if (page < 0) {
      throw InvalidInputException.of("page", page, "page numbers start at 0");
    }
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      throw InvalidInputException.of(
          "size", size, "page size must be between 1 and " + PageRequest.MAX_SIZE);
    }
    if (page > PageRequest.lastPage(size)) {
      throw InvalidInputException.of(
          "page",
          page,
          "with pages of " + size + ", page numbers go up to " + PageRequest.lastPage(size));
    }
    return new PageRequest(page, size);
  }

  public static <T> PageView<T> of(Page<T> page) {
    return new PageView<>(page.items(), page.page(), page.size(), page.total(), page.totalPages());
  }
}
