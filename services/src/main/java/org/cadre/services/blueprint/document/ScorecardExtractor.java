package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cadre.services.blueprint.document.ParsedBlueprint.ScorecardDimension;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads the hiring scorecard in whatever shape the document gives it:
 *
 * <ul>
 *   <li>a table: the dimension column, then every other column as a rating anchor under its header
 *       label ("What strong looks like", "What 5 looks like", "Meets bar", "Evidence sources");
 *   <li>list items: the dimension, then labelled lines as anchors ("5: ...", "Meets bar: ...");
 *   <li>an inline list after a lead-in ("... across interviewers: – Platform strategy – Cloud
 *       architecture ..."), or separated by semicolons or commas: names only.
 * </ul>
 */
final class ScorecardExtractor {

  /** A lead-in that announces a list of dimensions: "... across these dimensions:". */
  private static final Pattern LIST_LEAD_IN =
      Pattern.compile("(?i)dimension|scorecard|rubric|criteria|across|areas");

  private ScorecardExtractor() {}

  static List<ScorecardDimension> extract(
      RawSection section, List<Block> blocks, Warnings warnings) {
    List<ScorecardDimension> dimensions = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.Table table) {
        dimensions.addAll(fromTable(table, section, warnings));
      }
    }
    if (dimensions.isEmpty()) {
      for (String item : Items.listItems(blocks)) {
        ScorecardDimension dimension = fromItem(item);
        if (dimension != null) {
          dimensions.add(dimension);
        }
      }
    }
    if (dimensions.isEmpty()) {
      for (Block block : blocks) {
        if (block instanceof Block.Paragraph paragraph) {
          for (String name : inlineList(paragraph.text())) {
            dimensions.add(new ScorecardDimension(name, Map.of()));
          }
        }
      }
    }
    return dimensions;
  }

  private static List<ScorecardDimension> fromTable(
      Block.Table table, RawSection section, Warnings warnings) {
    if (table.rows().isEmpty()) {
      return List.of();
    }
    int width = table.header().isEmpty() ? table.rows().get(0).size() : table.header().size();
    int dimensionColumn = dimensionColumn(table.header());
    List<ScorecardDimension> dimensions = new ArrayList<>();
    for (List<String> row : table.rows()) {
      List<String> cells = table.flattened() ? FlatRowSplitter.split(row.get(0), width) : row;
      if (cells == null) {
        warnings.add(Messages.where(section) + Messages.unsplit(row.get(0)));
        dimensions.add(new ScorecardDimension(row.get(0), Map.of()));
        continue;
      }
      String dimension =
          dimensionColumn < cells.size() ? Texts.orNull(cells.get(dimensionColumn)) : null;
      if (dimension == null) {
        continue;
      }
      Map<String, String> anchors = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        String text = Texts.orNull(cells.get(i));
        if (i != dimensionColumn && text != null) {
          anchors.put(
              i < table.header().size() ? table.header().get(i) : "Column " + (i + 1), text);
        }
      }
      dimensions.add(new ScorecardDimension(dimension, anchors));
    }
    return dimensions;
  }

  private static int dimensionColumn(List<String> header) {
    for (int i = 0; i < header.size(); i++) {
      String label = header.get(i).toLowerCase(Locale.ROOT);
      if (label.contains("dimension")
          || label.contains("competenc")
          || label.contains("criteri")
          || label.contains("attribute")) {
        return i;
      }
    }
    return 0;
  }

  /** The dimension a list item describes, or {@code null} when it holds no text. */
  private static ScorecardDimension fromItem(String item) {
    LabeledItem<String> parsed = LabeledItem.parse(item, Function.identity(), false);
    if (parsed.name() == null) {
      if (parsed.labels().isEmpty()) {
        return null;
      }
      // The item began with a label: "Technical depth: designs for failure".
      Map.Entry<String, String> first = parsed.labels().entrySet().iterator().next();
      return new ScorecardDimension(first.getKey(), Map.of("Description", first.getValue()));
    }
    return new ScorecardDimension(parsed.name(), parsed.labels());
  }

  /** The names listed after a lead-in, by inline dashes, else by semicolons or commas. */
  private static List<String> inlineList(String paragraph) {
    String text = Texts.oneLine(paragraph);
    List<String> pieces = Items.inlineBullets(text);
    if (pieces.size() > 1) {
      return Items.isLeadIn(pieces.get(0)) ? pieces.subList(1, pieces.size()) : pieces;
    }
    int colon = text.indexOf(':');
    if (colon < 0 || !LIST_LEAD_IN.matcher(text.substring(0, colon)).find()) {
      return List.of();
    }
    String list = text.substring(colon + 1);
    String separator = list.contains(";") ? ";" : ",";
    List<String> names = new ArrayList<>();
    for (String name : list.split(separator)) {
      String n = name.strip().replaceAll("[.]$", "");
      if (!n.isEmpty()) {
        names.add(n);
      }
    }
    return names.size() > 1 ? names : List.of();
  }
}
