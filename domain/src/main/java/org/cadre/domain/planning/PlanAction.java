package org.cadre.domain.planning;

/** What can be done to a plan version; {@link HeadcountPlan#whyNot} says when it cannot. */
public enum PlanAction {
  EDIT("change"),
  SUBMIT("submit"),
  APPROVE("approve"),
  REJECT("reject");

  private final String verb;

  PlanAction(String verb) {
    this.verb = verb;
  }

  public String verb() {
    return verb;
  }
}
