package org.cadre.services.reporting;

/**
 * What a caller asks a pack to be, as sent: any field may be missing or wrong, and is checked by
 * {@link PackRequests}.
 *
 * @param type the kind of pack: {@code workforce}
 * @param orgUnit a unit's code; blank for the whole organisation the caller sees
 * @param from the first quarter, e.g. {@code 2027-Q1}
 * @param to the last quarter
 * @param scenario a scenario's name; blank for the baseline
 * @param detail {@code departments} (the default) or {@code teams}
 * @param format {@code pdf} (the default) or {@code xlsx}
 * @param lang {@code en} (the default) or {@code de}
 */
public record WorkforcePackCommand(
    String type,
    String orgUnit,
    String from,
    String to,
    String scenario,
    String detail,
    String format,
    String lang) {

  /** A request with nothing in it: the defaults for all. */
  public static final WorkforcePackCommand NONE =
      new WorkforcePackCommand(null, null, null, null, null, null, null, null);
}
