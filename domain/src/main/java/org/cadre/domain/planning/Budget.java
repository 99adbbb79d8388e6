package org.cadre.domain.planning;

import java.math.BigDecimal;

/** The money an org unit may spend on its people in a quarter, annualised as plan costs are. */
public record Budget(String unitCode, Quarter period, BigDecimal amount) {

  public Budget {
    amount = Figures.money(amount);
  }
}
