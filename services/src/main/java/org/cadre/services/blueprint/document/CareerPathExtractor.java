package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<Kind, List<CareerRole>> roles = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      roles.put(kind, new ArrayList<>());
    }
    for (RawSection section : sections) {
      int before = roles.values().stream().mapToInt(List::size).sum();
      for (Items.Subsection subsection : Items.subsections(section.blocks())) {
        Kind kind = kind(subsection.heading());
        List<Block> text = new ArrayList<>();
        for (Block block : subsection.blocks()) {
          if (block instanceof Block.Table table) {
            fromTable(table, kind, roles);
          } else {
            text.add(block);
          }
        }
        for (String item : Items.all(text)) {
          if (kind != null) {
            roles.get(kind).add(role(item));
          } else {
            fromLabelledLine(item, roles);
          }
        }
      }
      if (roles.values().stream().mapToInt(List::size).sum() == before) {
        warnings.add(
            Messages.where(section)
                + "found no feeder, next or adjacent roles (expected sub-headings such as “Common"
                + " feeder roles into this role”, “Next likely roles after this role”, “Adjacent"
                + " career paths”).");
      }
    }
    return new CareerPath(roles.get(Kind.FEEDER), roles.get(Kind.NEXT), roles.get(Kind.ADJACENT));
  }

  /**
   * The roles of a career path table, in any of its shapes: a column per kind ("Feeder roles | Next
   * roles"), a row per kind ("Next roles | Staff Engineer; Engineering Manager"), or, under a
   * kind's sub-heading, a row per role with a note ("Staff Engineer | broader scope").
   */
  private static void fromTable(Block.Table table, Kind kind, Map<Kind, List<CareerRole>> roles) {
    Map<Integer, Kind> kindColumns = new HashMap<>();
    for (int i = 0; i < table.header().size(); i++) {
      Kind named = kind(table.header().get(i));
      if (named != null) {
        kindColumns.put(i, named);
      }
    }
    for (List<String> row : table.rows()) {
      if (!kindColumns.isEmpty()) {
        kindColumns.forEach(
            (column, named) -> {
              if (column < row.size()) {
                titles(row.get(column)).forEach(t -> roles.get(named).add(role(t)));
              }
            });
        continue;
      }
      Kind rowKind = kind(row.get(0));
      if (rowKind != null && row.size() > 1) {
        List<String> titles = titles(row.get(1));
        String note = row.size() > 2 && titles.size() == 1 ? Texts.orNull(row.get(2)) : null;
        for (String title : titles) {
          CareerRole role = role(title);
          roles.get(rowKind).add(note == null ? role : new CareerRole(role.title(), note));
        }
      } else if (kind != null && !row.get(0).isBlank()) {
        CareerRole role = role(row.get(0));
        String note = row.size() > 1 ? Texts.orNull(row.get(1)) : role.note();
        roles.get(kind).add(new CareerRole(role.title(), note));
      }
    }
  }

  /** "Next roles: Staff Engineer; Engineering Manager", a kind as the label of a line. */
  private static void fromLabelledLine(String item, Map<Kind, List<CareerRole>> roles) {
    int colon = item.indexOf(':');
    Kind kind = colon > 0 && colon <= 60 ? kind(item.substring(0, colon)) : null;
    if (kind != null) {
      titles(item.substring(colon + 1)).forEach(t -> roles.get(kind).add(role(t)));
    }
  }

  /**
   * The role titles a cell lists: separated by semicolons or lines, else by commas when every piece
   * is a capitalised title of two words or more ("Engineering Manager, Platform" is one title).
   */
  static List<String> titles(String cell) {
    String text = Texts.clean(cell);
    String[] pieces = text.split("\\s*[;\\n]\\s*");
    if (pieces.length == 1) {
      String[] commas = text.split("\\s*,\\s*");
      boolean titles = commas.length > 1;
      for (String piece : commas) {
        titles &= Texts.words(piece) >= 2 && Character.isUpperCase(piece.charAt(0));
      }
      pieces = titles ? commas : pieces;
    }
    List<String> titles = new ArrayList<>();
    for (String piece : pieces) {
      String title = Items.stripBullet(piece).replaceAll("[.]$", "");
      if (!title.isEmpty()) {
        titles.add(title);
      }
    }
    return titles;
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
        || h.contains("into this")
        || h.contains("lead into")
        || h.contains("leads into")
        || h.contains("prior")
        || h.contains("previous")
        || h.contains("entry")
        || h.contains("come from")
        || h.contains("comes from")
        || h.contains("before this role")) {
      return Kind.FEEDER;
    }
    if (h.contains("next")
        || h.contains("after this")
        || h.contains("beyond this")
        || h.contains("from this role")
        || h.contains("role leads")
        || h.contains("leads to")
        || h.contains("where this role")
        || h.contains("progression to")
        || h.contains("progress to")
        || h.contains("moves up")
        || h.contains("promotion")) {
      return Kind.NEXT;
    }
    return null;
  }

  /** A role written as "Title (note)", "Title: note" or "Title – note"; see {@link Items#named}. */
  static CareerRole role(String item) {
    Items.Named named = Items.named(item);
    return new CareerRole(named.name(), named.note());
  }
}
