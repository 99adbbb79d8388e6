package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.services.blueprint.document.ParsedBlueprint.Tool;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads the tools table: category, tool, primary use and commonality. A flattened row ends with its
 * commonality (Common, Optional, Context-specific, possibly with a note); the rest is split by
 * {@link ToolRowSplitter}, or kept whole in {@link Tool#tool()} with a warning.
 */
final class ToolExtractor {

  enum Field {
    CATEGORY,
    TOOL,
    USE,
    COMMONALITY
  }

  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]{1,60})\\)");

  private static final List<Field> USUAL_ORDER =
      List.of(Field.CATEGORY, Field.TOOL, Field.USE, Field.COMMONALITY);

  private ToolExtractor() {}

  static List<Tool> extract(RawSection section, Warnings warnings) {
    List<Tool> tools = new ArrayList<>();
    for (Block block : section.blocks()) {
      if (block instanceof Block.Table table) {
        tools.addAll(fromTable(table, section, warnings));
      }
    }
    if (tools.isEmpty()) {
      for (Items.Subsection subsection : Items.subsections(section.blocks())) {
        for (String item : Items.listItems(subsection.blocks())) {
          Tool tool = fromItem(item, subsection.heading(), section, warnings);
          if (tool != null) {
            tools.add(tool);
          }
        }
      }
    }
    return tools;
  }

  /**
   * A tool written as a list item: "Terraform – infrastructure as code", "Vault (Optional):
   * secrets". The commonality comes from a parenthesis of the item or from its sub-heading ("Common
   * tools", "Optional"), which otherwise names the category.
   */
  private static Tool fromItem(String item, String heading, RawSection section, Warnings warnings) {
    Items.Named split = Items.named(item);
    String name = split.name();
    String use = split.note();
    String commonality = null;
    Matcher parenthesis = PARENTHESIS.matcher(name);
    while (parenthesis.find()) {
      if (Wording.commonality(parenthesis.group(1)) != null) {
        commonality = parenthesis.group(1).strip();
        name = (name.substring(0, parenthesis.start()) + name.substring(parenthesis.end())).strip();
        break;
      }
    }
    if (commonality == null
        && use != null
        && Wording.commonality(use) != null
        && Texts.words(use) <= 4) {
      commonality = use;
      use = null;
    }
    String category = heading;
    if (heading != null && Wording.commonality(heading) != null) {
      commonality = commonality != null ? commonality : Texts.withoutTrailingPunctuation(heading);
      category = null;
    }
    return tool(category, name, use, commonality, section, warnings);
  }

  static Field field(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.contains("common")
        || l.contains("optional")
        || l.contains("context")
        || l.contains("prevalence")
        || l.contains("adoption")) {
      return Field.COMMONALITY;
    }
    if (l.contains("category")
        || l.contains("area")
        || l.contains("domain")
        || l.contains("type")) {
      return Field.CATEGORY;
    }
    if (l.contains("tool")
        || l.contains("platform")
        || l.contains("software")
        || l.contains("product")
        || l.contains("technolog")) {
      return Field.TOOL;
    }
    if (l.contains("use") || l.contains("purpose") || l.contains("descr")) {
      return Field.USE;
    }
    return null;
  }

  private static List<Tool> fromTable(Block.Table table, RawSection section, Warnings warnings) {
    Map<Field, Integer> columns =
        TableColumns.map(table.header(), ToolExtractor::field, USUAL_ORDER, Field.class);
    if (!table.flattened() && !columns.containsKey(Field.COMMONALITY)) {
      commonalityColumn(table).ifPresent(column -> columns.put(Field.COMMONALITY, column));
    }
    TableColumns.warnAboutIgnored(table.header(), columns, section, "tools", warnings);
    List<Tool> tools = new ArrayList<>();
    for (List<String> row : table.rows()) {
      Tool tool =
          table.flattened()
              ? fromFlattened(row.get(0), columns, section, warnings)
              : tool(
                  TableColumns.cell(row, columns, Field.CATEGORY),
                  TableColumns.cell(row, columns, Field.TOOL),
                  TableColumns.cell(row, columns, Field.USE),
                  TableColumns.cell(row, columns, Field.COMMONALITY),
                  section,
                  warnings);
      if (tool != null) {
        tools.add(tool);
      }
    }
    return tools;
  }

  /**
   * The column whose cells are nearly all commonality words, for tables whose header does not name
   * it ("Typical usage").
   */
  private static Optional<Integer> commonalityColumn(Block.Table table) {
    int width = table.rows().stream().mapToInt(List::size).max().orElse(0);
    for (int column = width - 1; column >= 0; column--) {
      int words = 0;
      for (List<String> row : table.rows()) {
        words += column < row.size() && Wording.commonality(row.get(column)) != null ? 1 : 0;
      }
      if (words * 5 >= table.rows().size() * 4) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  private static Tool fromFlattened(
      String row, Map<Field, Integer> columns, RawSection section, Warnings warnings) {
    Wording.Trailing commonality = Wording.trailingCommonality(row);
    String rest = commonality == null ? row : row.substring(0, commonality.start()).strip();
    String wording = commonality == null ? null : commonality.text();
    boolean withCategory = columns.containsKey(Field.CATEGORY);
    List<String> cells = rest.isEmpty() ? null : ToolRowSplitter.split(rest, withCategory);
    if (cells == null) {
      warnings.add(Messages.where(section) + Messages.unsplit(row));
      return tool(null, rest.isEmpty() ? row : rest, null, wording, section, warnings);
    }
    return withCategory
        ? tool(cells.get(0), cells.get(1), cells.get(2), wording, section, warnings)
        : tool(null, cells.get(0), cells.get(1), wording, section, warnings);
  }

  /** The tool, or {@code null} when the row names none. */
  private static Tool tool(
      String category,
      String name,
      String use,
      String commonalityText,
      RawSection section,
      Warnings warnings) {
    String tool = Texts.orNull(name);
    if (tool == null) {
      return null;
    }
    String wording = Texts.orNull(commonalityText);
    if (wording == null || Wording.commonality(wording) == null) {
      warnings.add(
          Messages.where(section)
              + "the tool "
              + Texts.quote(tool)
              + " has no commonality (Common, Optional or Context-specific).");
    }
    return new Tool(
        Texts.orNull(category), tool, Texts.orNull(use), Wording.commonality(wording), wording);
  }
}
