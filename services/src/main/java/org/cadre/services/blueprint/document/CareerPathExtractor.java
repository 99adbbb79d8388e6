package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerPath;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerRole;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads the career path: the feeder roles ("Common feeder roles into this role"), the next roles
 * ("Next likely roles after this role") and the adjacent paths. Each item is a title with an
 * optional note in parentheses or after a colon: "Principal Platform Engineer (enterprise-wide
 * standards)".
 */
final class CareerPathExtractor {

  private enum Kind {
    FEEDER,
    NEXT,
    ADJACENT
  }

  private CareerPathExtractor() {}

  static CareerPath extract(List<RawSection> sections, Warnings warnings) {
    List<CareerRole> feeder = new ArrayList<>();
    List<CareerRole> next = new ArrayList<>();
    List<CareerRole> adjacent = new ArrayList<>();
    for (RawSection section : sections) {
      for (Items.Subsection subsection : Items.subsections(section.blocks())) {
        Kind kind = kind(subsection.heading());
        if (kind == null) {
          continue;
        }
        List<CareerRole> roles = kind == Kind.FEEDER ? feeder : kind == Kind.NEXT ? next : adjacent;
        for (String item : Items.all(subsection.blocks())) {
          roles.add(role(item));
        }
      }
      if (feeder.isEmpty() && next.isEmpty() && adjacent.isEmpty()) {
        warnings.add(
            Messages.where(section)
                + "found no feeder, next or adjacent roles (expected sub-headings such as “Common"
                + " feeder roles into this role”, “Next likely roles after this role”, “Adjacent"
                + " career paths”).");
      }
    }
    return new CareerPath(feeder, next, adjacent);
  }

  private static Kind kind(String heading) {
    if (heading == null) {
      return null;
    }
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.contains("skill") || h.contains("evolve")) {
      return null;
    }
    if (h.contains("adjacent") || h.contains("lateral") || h.contains("alternative")) {
      return Kind.ADJACENT;
    }
    if (h.contains("feeder")
        || h.contains("into this role")
        || h.contains("prior")
        || h.contains("previous")
        || h.contains("entry")) {
      return Kind.FEEDER;
    }
    if (h.contains("next") || h.contains("after this role") || h.contains("progression to")) {
      return Kind.NEXT;
    }
    return null;
  }

  /**
   * "Title (note)", "Title: note" or "Title – note". A parenthesis followed by more text qualifies
   * the title rather than being the note: "VP Engineering (Platform) in larger organizations" is
   * the title "VP Engineering (Platform)" with the note "in larger organizations".
   */
  static CareerRole role(String item) {
    String text = Texts.oneLine(item);
    int cut = firstOf(text, " (", ": ", " – ", " — ");
    if (cut < 0) {
      return new CareerRole(text, null);
    }
    if (text.startsWith(" (", cut)) {
      int close = closingParenthesis(text, cut + 1);
      if (close < 0 || close == text.length() - 1) {
        String note = text.substring(cut + 2, close < 0 ? text.length() : close);
        return new CareerRole(text.substring(0, cut).strip(), Texts.orNull(note));
      }
      cut = close + 1;
    }
    String title = text.substring(0, cut).strip();
    String note = text.substring(cut).strip();
    note = Items.stripBullet(note.startsWith(":") ? note.substring(1) : note);
    return new CareerRole(title, Texts.orNull(note));
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1 if it is not closed. */
  private static int closingParenthesis(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int firstOf(String text, String... separators) {
    int first = -1;
    for (String separator : separators) {
      int at = text.indexOf(separator);
      if (at > 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }
}
