package org.cadre.domain.hiring;

/** What can be done to an offer; {@link Offer#whyNot} says when it cannot. */
public enum OfferAction {
  APPROVE("approved"),
  ACCEPT("accepted"),
  DECLINE("declined"),
  WITHDRAW("withdrawn");

  private final String pastTense;

  OfferAction(String pastTense) {
    this.pastTense = pastTense;
  }

  public String pastTense() {
    return pastTense;
  }
}
