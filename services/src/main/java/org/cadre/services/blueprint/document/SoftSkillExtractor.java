package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadre.services.blueprint.document.ParsedBlueprint.SoftSkill;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads soft skills: list items "Name – Why it matters: ... – How it shows up: ... – Strong
 * performance: ..." (also "On the job:", "What strong looks like:"), sub-headings naming a skill
 * with its fields below, or table rows.
 */
final class SoftSkillExtractor {

  enum Field {
    NAME,
    WHY,
    SHOWS_UP,
    STRONG
  }

  private SoftSkillExtractor() {}

  static List<SoftSkill> extract(RawSection section, Warnings warnings) {
    List<SoftSkill> skills = new ArrayList<>();
    for (Block block : section.blocks()) {
      if (block instanceof Block.Table table) {
        skills.addAll(fromTable(table, section, warnings));
      }
    }
    List<String> items = new ArrayList<>();
    for (Items.Subsection subsection : Items.subsections(section.blocks())) {
      items.addAll(
          Items.entries(subsection.blocks(), subsection.heading(), SoftSkillExtractor::field));
    }
    for (String item : items) {
      LabeledItem<Field> parsed = LabeledItem.parse(item, SoftSkillExtractor::field);
      if (parsed.name() == null) {
        warnings.add(Messages.where(section) + "skipped a soft skill without a name.");
        continue;
      }
      parsed.warnAboutUnknownLabels(
          SoftSkillExtractor::field, section, "soft skill " + Texts.quote(parsed.name()), warnings);
      if (parsed.fields().isEmpty()) {
        warnings.add(
            Messages.where(section)
                + "the soft skill "
                + Texts.quote(parsed.name())
                + " has no “Why it matters”, “How it shows up” or “Strong performance”.");
      }
      skills.add(
          new SoftSkill(
              Texts.withoutTrailingPunctuation(Texts.oneLine(parsed.name())),
              Texts.orNull(parsed.fields().get(Field.WHY)),
              Texts.orNull(parsed.fields().get(Field.SHOWS_UP)),
              Texts.orNull(parsed.fields().get(Field.STRONG))));
    }
    return skills;
  }

  static Field field(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    if (l.contains("why")) {
      return Field.WHY;
    }
    if (l.contains("strong")
        || l.contains("excellen")
        || l.contains("high perf")
        || l.contains("good looks")
        || l.contains("great looks")) {
      return Field.STRONG;
    }
    if (l.contains("skill") || l.contains("capabilit") || l.contains("competenc")) {
      return Field.NAME;
    }
    if (l.contains("show")
        || l.contains("on the job")
        || l.contains("in practice")
        || l.contains("observable")
        || l.contains("behavio")
        || l.contains("looks like")) {
      return Field.SHOWS_UP;
    }
    return null;
  }

  private static List<SoftSkill> fromTable(
      Block.Table table, RawSection section, Warnings warnings) {
    Map<Field, Integer> columns =
        TableColumns.map(
            table.header(),
            SoftSkillExtractor::field,
            List.of(Field.NAME, Field.WHY, Field.SHOWS_UP, Field.STRONG),
            Field.class);
    TableColumns.warnAboutIgnored(table.header(), columns, section, "soft skills", warnings);
    List<SoftSkill> skills = new ArrayList<>();
    for (List<String> row : table.rows()) {
      List<String> cells =
          table.flattened() ? FlatRowSplitter.split(row.get(0), table.header().size()) : row;
      if (cells == null) {
        warnings.add(Messages.where(section) + Messages.unsplit(row.get(0)));
        skills.add(new SoftSkill(row.get(0), null, null, null));
        continue;
      }
      String name = TableColumns.cell(cells, columns, Field.NAME);
      if (name != null) {
        skills.add(
            new SoftSkill(
                name,
                TableColumns.cell(cells, columns, Field.WHY),
                TableColumns.cell(cells, columns, Field.SHOWS_UP),
                TableColumns.cell(cells, columns, Field.STRONG)));
      }
    }
    return skills;
  }
}
