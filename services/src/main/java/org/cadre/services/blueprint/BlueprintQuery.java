package org.cadre.services.blueprint;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cadre.domain.blueprint.BlueprintSearch;
import org.cadre.domain.common.PageRequest;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.PageView;

/**
 * A search of the blueprint library as the user asks it: text, family, a sort column (title,
 * family, level or status; a leading {@code -} sorts descending), page and size.
 */
public record BlueprintQuery(String text, String family, String sort, int page, int size) {

  public static final int MAX_TEXT = 200;

  public BlueprintQuery {
    if (text != null && text.length() > MAX_TEXT) {
      throw InvalidInputException.of(
          "q",
          text.substring(0, 20) + "…",
          "search text is limited to " + MAX_TEXT + " characters");
    }
    PageView.request(page, size);
    searchSort(sort);
  }

  /** The whole library, first page, in title order. */
  public static BlueprintQuery all(int size) {
    return new BlueprintQuery(null, null, null, 0, size);
  }

  BlueprintSearch search(boolean publishedOnly) {
    return new BlueprintSearch(
        text, family, publishedOnly, searchSort(sort), sort != null && sort.startsWith("-"));
  }

  PageRequest pageRequest() {
    return new PageRequest(page, size);
  }

  private static BlueprintSearch.Sort searchSort(String sort) {
    if (sort == null || sort.isBlank()) {
      return BlueprintSearch.Sort.TITLE;
    }
    String column = sort.startsWith("-") ? sort.substring(1) : sort;
    try {
      return BlueprintSearch.Sort.valueOf(column.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "sort",
          sort,
          "sort by one of "
              + Arrays.stream(BlueprintSearch.Sort.values())
                  .map(s -> s.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + ", with a leading - for descending order");
    }
  }
}
