package org.cadre.domain.hiring;

import java.util.Locale;
import java.util.Optional;

/** Where a candidate came from, as source of hire reports it. */
public enum CandidateSource {
  CAREERS_SITE("Careers site"),
  JOB_BOARD("Job board"),
  REFERRAL("Referral"),
  AGENCY("Agency"),
  JOB_FAIR("Job fair"),
  SOCIAL("Social media"),
  INTERNAL("Internal"),
  OTHER("Other");

  private final String label;

  CandidateSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The source named by its constant or its label, case and spaces ignored. */
  public static Optional<CandidateSource> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String wanted = text.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    for (CandidateSource source : values()) {
      if (source.name().equals(wanted)
          || source.label.replace(' ', '_').toUpperCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}
