package org.cadre.reports.blueprint;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cadre.reports.pdf.PdfRenderer;

/**
 * The blueprint profile: a printable document of one role blueprint, read by hiring managers and
 * leadership. Its sections come in order, each a heading with either text or a table.
 */
public final class BlueprintProfilePdf {

  private static final DateTimeFormatter PRINTED =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private BlueprintProfilePdf() {}

  public static byte[] render(BlueprintProfile profile) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("TITLE", profile.title());
    parameters.put("FACTS", profile.facts());
    parameters.put("STATUS", profile.status());
    parameters.put("PRINTED_ON", "Printed " + PRINTED.format(profile.printedOn()));
    parameters.put("SKILLS_REPORT", PdfRenderer.template("blueprint-profile-skills"));
    return PdfRenderer.render("blueprint-profile", parameters, sections(profile));
  }

  private static List<Map<String, ?>> sections(BlueprintProfile profile) {
    List<Map<String, ?>> sections = new java.util.ArrayList<>();
    if (profile.summary() != null) {
      sections.add(section("TEXT", "Summary", profile.summary(), null));
    }
    if (!profile.technicalSkills().isEmpty()) {
      sections.add(
          section(
              "SKILLS",
              "Technical skills",
              null,
              PdfRenderer.rows(
                  profile.technicalSkills().stream().map(BlueprintProfilePdf::row).toList())));
    }
    return sections;
  }

  private static Map<String, ?> section(String kind, String heading, String text, Object rows) {
    Map<String, Object> section = new LinkedHashMap<>();
    section.put("kind", kind);
    section.put("heading", heading);
    section.put("text", text);
    section.put("rows", rows);
    return section;
  }

  private static Map<String, ?> row(BlueprintProfile.Skill skill) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("tier", skill.tier());
    row.put("name", skill.name());
    row.put("importance", badge(skill));
    row.put("importanceCode", skill.importanceCode());
    row.put("description", skill.description());
    row.put("typicalUse", skill.typicalUse());
    return row;
  }

  /** The badge shows the normalised importance, or the blueprint's own word when there is none. */
  private static String badge(BlueprintProfile.Skill skill) {
    if (skill.importance() != null) {
      return skill.importance();
    }
    return skill.importanceText();
  }
}
