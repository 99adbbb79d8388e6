package org.cadre.services.blueprint.document;

import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/** Phrasing shared by the extractors' warnings, so they read alike. */
final class Messages {

  private Messages() {}

  /** "Section “7) KPIs and Productivity Metrics”: ", to begin a warning about a section. */
  static String where(RawSection section) {
    return "Section “" + section.number() + ") " + section.heading() + "”: ";
  }

  /** The warning for a flattened table row whose columns could not be told apart. */
  static String unsplit(String row) {
    return "could not tell the columns of the table row "
        + Texts.quote(row)
        + " apart with confidence; kept the row's text whole.";
  }
}
