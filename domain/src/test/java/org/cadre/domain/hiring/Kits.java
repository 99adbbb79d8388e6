package org.cadre.domain.hiring;

import java.util.List;
import java.util.Map;

/** A small interview kit: two dimensions and two must-have skills. */
final class Kits {

  static final InterviewKit KIT =
      new InterviewKit(
          "Senior Platform Engineer",
          List.of(
              new KitItem(
                  KitItemKind.DIMENSION,
                  "Technical depth",
                  null,
                  Map.of("Meets bar", "Runs a cluster upgrade alone"),
                  null,
                  null),
              new KitItem(KitItemKind.DIMENSION, "Communication", null, Map.of(), null, null),
              new KitItem(KitItemKind.SKILL, "Kubernetes", null, null, 101L, 4),
              new KitItem(KitItemKind.SKILL, "Terraform", null, null, 102L, 3)));

  private Kits() {}

  static ScorecardSheet sheet(Recommendation recommendation, int depth, int kubernetes) {
    return new ScorecardSheet(
        List.of(
            new ScorecardSheet.Entry(KitItemKind.DIMENSION, "Technical depth", depth),
            new ScorecardSheet.Entry(KitItemKind.SKILL, "kubernetes", kubernetes)),
        "Solid on operations.",
        recommendation);
  }
}
