package org.cadre.domain.hiring;

/** What can be done to an application; {@link Application#whyNot} says when it cannot. */
public enum ApplicationAction {
  MOVE("moved"),
  REJECT("rejected"),
  WITHDRAW("withdrawn"),
  INTERVIEW("interviewed"),
  OFFER("made an offer"),
  HIRE("hired");

  private final String pastTense;

  ApplicationAction(String pastTense) {
    this.pastTense = pastTense;
  }

  public String pastTense() {
    return pastTense;
  }
}
