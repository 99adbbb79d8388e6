package org.cadre.services.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cadre.domain.common.PageRequest;
import org.junit.jupiter.api.Test;

class PageViewTest {

  @Test
  void aPageWhoseFirstRowIsPastTheLargestOffsetIsRefusedNamingThePage() {
    assertThatThrownBy(() -> PageView.request(20_000_000, 200))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e -> {
              InvalidInputException.Problem problem = ((InvalidInputException) e).problems().get(0);
              assertThat(problem.field()).isEqualTo("page");
              assertThat(problem.value()).isEqualTo("20000000");
              assertThat(problem.reason())
                  .isEqualTo("with pages of 200, page numbers go up to 10737418");
            });
  }

  @Test
  void theLastPossiblePageIsAccepted() {
    PageRequest last = PageView.request(Integer.MAX_VALUE / 200, 200);

    assertThat(last.offset()).isEqualTo(Integer.MAX_VALUE / 200 * 200);
  }
}
