package org.cadre.domain.hiring;

/** What can be done to a requisition; {@link Requisition#whyNot} says when it cannot. */
public enum RequisitionAction {
  APPROVE("approve", "approved"),
  OPEN("open", "opened"),
  HOLD("put on hold", "put on hold"),
  REOPEN("reopen", "reopened"),
  CANCEL("cancel", "cancelled"),
  /** Add candidates, move them, interview them and make offers. */
  RECRUIT("recruit for", "recruited for"),
  FILL("fill", "filled");

  private final String verb;
  private final String pastTense;

  RequisitionAction(String verb, String pastTense) {
    this.verb = verb;
    this.pastTense = pastTense;
  }

  public String verb() {
    return verb;
  }

  public String pastTense() {
    return pastTense;
  }
}
