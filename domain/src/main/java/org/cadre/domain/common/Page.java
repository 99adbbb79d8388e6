package org.cadre.domain.common;

import java.util.List;
import java.util.function.Function;

/** One page of an ordered result, with the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return (int) ((total + size - 1) / size);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
  }
}
