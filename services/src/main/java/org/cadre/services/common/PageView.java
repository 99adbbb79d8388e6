package org.cadre.services.common;

import java.util.List;
import org.cadre.domain.common.Page;

/** One page of results as the web layer sees it. */
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

  public PageView {
    items = List.copyOf(items);
  }

  public static <T> PageView<T> of(Page<T> page) {
    return new PageView<>(page.items(), page.page(), page.size(), page.total(), page.totalPages());
  }
}
