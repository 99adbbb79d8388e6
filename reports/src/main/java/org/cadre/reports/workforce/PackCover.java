package org.cadre.reports.workforce;

import java.time.ZonedDateTime;
import org.cadre.domain.reporting.UnitDetail;

/**
 * The cover: what the pack is of, when and by whom it was made, and a count of what it was made
 * from (the lineage itself is listed in the appendix).
 *
 * @param unitCode null for the whole organisation the maker sees
 * @param scenario the scenario's name; {@code baseline} for the baseline
 * @param asOf when the numbers were read, in the zone the pack prints times in
 * @param approvedPlans plan versions the pack used that are approved
 * @param otherPlans plan versions the pack used that are not approved (drafts, submitted, rejected)
 */
public record PackCover(
    String unitCode,
    String unitName,
    String from,
    String to,
    String scenario,
    UnitDetail detail,
    ZonedDateTime asOf,
    String madeBy,
    int approvedPlans,
    int otherPlans,
    int blueprintRevisions) {}
