package org.cadre.services.blueprint;

import java.util.List;
import org.cadre.domain.blueprint.RevisionDiff;

/** What changed from one revision of a blueprint to another. */
public record DiffView(long blueprintId, int from, int to, List<ChangeView> changes) {

  /** One change: area (technical skills, KPIs...), added/removed/changed, which entry, what. */
  public record ChangeView(
      RevisionDiff.Area area,
      String areaLabel,
      RevisionDiff.Kind kind,
      String subject,
      String detail) {}

  static DiffView of(long blueprintId, int from, int to, RevisionDiff diff) {
    return new DiffView(
        blueprintId,
        from,
        to,
        diff.changes().stream()
            .map(c -> new ChangeView(c.area(), c.area().label(), c.kind(), c.subject(), c.detail()))
            .toList());
  }
}
