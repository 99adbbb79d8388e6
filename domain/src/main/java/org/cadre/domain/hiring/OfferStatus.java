package org.cadre.domain.hiring;

/** Where an offer stands. */
public enum OfferStatus {
  PROPOSED("Awaiting approval"),
  APPROVED("Approved"),
  ACCEPTED("Accepted"),
  DECLINED("Declined"),
  WITHDRAWN("Withdrawn");

  private final String label;

  OfferStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the offer still stands or was accepted: an application has one such at most. */
  public boolean live() {
    return this == PROPOSED || this == APPROVED || this == ACCEPTED;
  }
}
