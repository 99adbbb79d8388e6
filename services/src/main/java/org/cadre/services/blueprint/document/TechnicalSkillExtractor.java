package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.services.blueprint.document.ParsedBlueprint.TechnicalSkill;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads technical skills: the tier from the sub-heading ("Must-have technical skills", ...), each
 * skill from a list item "Name – Description: ... – Typical use: ... – Importance: ...", from a
 * sub-heading naming the skill with its fields below, or from a table row. An importance written in
 * the name, "CI/CD engineering (Critical)" or "CI/CD engineering – Critical", is taken out of the
 * name and used when no Importance field is given. Text after the name without a label (a paragraph
 * typed after a bold name) is the description.
 */
final class TechnicalSkillExtractor {

  enum Field {
    NAME,
    DESCRIPTION,
    USE,
    IMPORTANCE,
    TIER
  }

  private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\(([^()]{1,80})\\)");

  /** "Name: what it is" or "Name — what it is", a skill and its description on one line. */
  private static final Pattern NAME_AND_DESCRIPTION =
      Pattern.compile("^([^:—]{2,80}?)(?::\\s+|\\s+—\\s+)(.+)$");

  private TechnicalSkillExtractor() {}

  static List<TechnicalSkill> extract(RawSection section, Warnings warnings) {
    List<TechnicalSkill> skills = new ArrayList<>();
    SkillTier current = null;
    for (Items.Subsection subsection : Items.subsections(section.blocks())) {
      SkillTier named = Wording.tierHeading(subsection.heading());
      current = named != null ? named : current;
      SkillTier tier = current != null ? current : Wording.tier(section.heading());
      List<TechnicalSkill> found = new ArrayList<>();
      for (Block block : subsection.blocks()) {
        if (block instanceof Block.Table table) {
          found.addAll(fromTable(table, tier, section, warnings));
        }
      }
      String itemHeading = named == null ? subsection.heading() : null;
      for (String item :
          Items.entries(subsection.blocks(), itemHeading, TechnicalSkillExtractor::field)) {
        TechnicalSkill skill = fromItem(item, tier, section, warnings);
        if (skill != null) {
          found.add(skill);
        }
      }
      if (tier == null && !found.isEmpty()) {
        warnings.add(
            Messages.where(section)
                + "the skills under "
                + Texts.quote(
                    subsection.heading() == null ? section.heading() : subsection.heading())
                + " have no tier heading (must-have, good-to-have, advanced, emerging); read them"
                + " as must-have.");
        found.replaceAll(
            s ->
                new TechnicalSkill(
                    SkillTier.MUST_HAVE,
                    s.name(),
                    s.description(),
                    s.typicalUse(),
                    s.importance(),
                    s.importanceText()));
      }
      skills.addAll(found);
    }
    return skills;
  }

  static Field field(String label) {
    String l = label.toLowerCase(Locale.ROOT).strip();
    if (l.contains("import")
        || l.contains("priorit")
        || l.contains("critical")
        || l.contains("proficien")
        || l.endsWith("level")) {
      return Field.IMPORTANCE;
    }
    if (l.contains("tier")) {
      return Field.TIER;
    }
    if (l.contains("descr") || l.startsWith("what") || l.contains("definition")) {
      return Field.DESCRIPTION;
    }
    if (l.contains("use") || l.contains("usage") || l.contains("applied")) {
      return Field.USE;
    }
    if (l.contains("skill") || l.contains("name") || l.contains("technolog")) {
      return Field.NAME;
    }
    return null;
  }

  private static TechnicalSkill fromItem(
      String item, SkillTier tier, RawSection section, Warnings warnings) {
    LabeledItem<Field> parsed = LabeledItem.parse(item, TechnicalSkillExtractor::field);
    String name = parsed.name();
    String description =
        parsed.fields().containsKey(Field.DESCRIPTION)
            ? parsed.fields().get(Field.DESCRIPTION)
            : parsed.note();
    if (name != null && description == null) {
      Matcher m = NAME_AND_DESCRIPTION.matcher(name);
      if (m.matches() && Texts.words(m.group(1)) <= 8) {
        name = m.group(1);
        description = m.group(2);
      }
    }
    parsed.warnAboutUnknownLabels(
        TechnicalSkillExtractor::field,
        section,
        "skill " + Texts.quote(String.valueOf(name)),
        warnings);
    return skill(
        tier,
        name,
        description,
        parsed.fields().get(Field.USE),
        parsed.fields().get(Field.IMPORTANCE),
        section,
        warnings);
  }

  private static List<TechnicalSkill> fromTable(
      Block.Table table, SkillTier tier, RawSection section, Warnings warnings) {
    Map<Field, Integer> columns =
        TableColumns.map(
            table.header(),
            TechnicalSkillExtractor::field,
            List.of(Field.NAME, Field.DESCRIPTION, Field.USE, Field.IMPORTANCE),
            Field.class);
    TableColumns.warnAboutIgnored(table.header(), columns, section, "skills", warnings);
    List<TechnicalSkill> skills = new ArrayList<>();
    for (List<String> row : table.rows()) {
      List<String> cells =
          table.flattened() ? FlatRowSplitter.split(row.get(0), table.header().size()) : row;
      if (cells == null) {
        warnings.add(Messages.where(section) + Messages.unsplit(row.get(0)));
        skills.add(skill(tier, row.get(0), null, null, null, section, warnings));
        continue;
      }
      SkillTier rowTier = Wording.tier(TableColumns.cell(cells, columns, Field.TIER));
      TechnicalSkill skill =
          skill(
              rowTier != null ? rowTier : tier,
              TableColumns.cell(cells, columns, Field.NAME),
              TableColumns.cell(cells, columns, Field.DESCRIPTION),
              TableColumns.cell(cells, columns, Field.USE),
              TableColumns.cell(cells, columns, Field.IMPORTANCE),
              section,
              warnings);
      if (skill != null) {
        skills.add(skill);
      }
    }
    return skills;
  }

  private static TechnicalSkill skill(
      SkillTier tier,
      String rawName,
      String description,
      String use,
      String importanceField,
      RawSection section,
      Warnings warnings) {
    String name = Texts.orNull(rawName);
    if (name == null) {
      warnings.add(Messages.where(section) + "skipped a skill without a name.");
      return null;
    }
    String importanceText = Texts.orNull(importanceField);
    int dash = Math.max(name.lastIndexOf(" – "), name.lastIndexOf(" — "));
    if (dash > 0 && Wording.isImportanceWording(name.substring(dash + 3))) {
      // "Kubernetes operations – Critical", the importance typed after the name.
      importanceText = importanceText != null ? importanceText : name.substring(dash + 3).strip();
      name = name.substring(0, dash).strip();
    }
    Matcher m = PARENTHETICAL.matcher(name);
    while (m.find()) {
      if (Wording.importance(m.group(1)) != null) {
        if (importanceText == null) {
          importanceText = m.group(1).strip();
        }
        name = (name.substring(0, m.start()) + name.substring(m.end())).strip();
        break;
      }
    }
    name = Texts.withoutTrailingPunctuation(name);
    if (importanceText == null) {
      warnings.add(
          Messages.where(section) + "the skill " + Texts.quote(name) + " has no importance.");
    }
    return new TechnicalSkill(
        tier,
        name,
        Texts.orNull(description),
        Texts.orNull(use),
        Wording.importance(importanceText),
        importanceText);
  }
}
