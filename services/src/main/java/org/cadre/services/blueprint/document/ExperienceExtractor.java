package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.services.blueprint.document.ParsedBlueprint.Experience;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads the experience and qualifications section: the years of experience, from the first
 * statement such as "8–12+ years" (8 to 12) or "10+ years" (at least 10), preferring the
 * sub-section about years; the education items; and the certification items.
 */
final class ExperienceExtractor {

  /** "8–12+ years", "8 to 12 years", "10+ years", "5 years" (a single figure is a minimum). */
  private static final Pattern YEARS =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})\\s*(?:(?:[–—-]|to)\\s*(\\d{1,2}))?\\s*\\+?\\s*(?:years|yrs)\\b");

  private static final Pattern EDUCATION =
      Pattern.compile(
          "(?i)\\b(degree|bachelor|master|mba|ph\\.?d|doctorate|diploma|b\\.?sc|m\\.?sc"
              + "|university|college|graduate)");

  private static final Pattern CERTIFICATION = Pattern.compile("(?i)\\b(certif|accredit)");

  /** What the section says, one part per field. */
  record Qualifications(
      Experience experience, List<String> education, List<String> certifications) {}

  private ExperienceExtractor() {}

  static Qualifications extract(List<RawSection> sections, Warnings warnings) {
    Experience experience = null;
    List<String> education = new ArrayList<>();
    List<String> certifications = new ArrayList<>();
    for (RawSection section : sections) {
      List<Items.Subsection> subsections = Items.subsections(section.blocks());
      for (Items.Subsection subsection : subsections) {
        String heading = String.valueOf(subsection.heading()).toLowerCase(Locale.ROOT);
        boolean aboutEducation = heading.contains("education") || heading.contains("degree");
        boolean aboutCertifications = heading.contains("certif");
        if (aboutEducation && !aboutCertifications) {
          education.addAll(Items.all(subsection.blocks()));
        } else if (aboutCertifications && !aboutEducation) {
          certifications.addAll(Items.all(subsection.blocks()));
        } else if (experience == null && heading.contains("year")) {
          experience = years(subsection.blocks());
        } else if (aboutEducation
            || subsection.heading() == null
            || heading.contains("qualification")
            || heading.contains("requirement")) {
          // No sub-heading of their own: education and certifications told by their words.
          for (String item : Items.all(subsection.blocks())) {
            if (EDUCATION.matcher(item).find()) {
              education.add(item);
            } else if (CERTIFICATION.matcher(item).find()) {
              certifications.add(item);
            }
          }
        }
      }
      if (experience == null) {
        for (Items.Subsection subsection : subsections) {
          experience = experience != null ? experience : years(subsection.blocks());
        }
      }
      if (experience == null) {
        warnings.add(Messages.where(section) + "states no years of experience.");
      }
    }
    return new Qualifications(
        experience != null ? experience : new Experience(null, null, null),
        education,
        certifications);
  }

  /** The first years statement in the blocks, with the item that states it; else null. */
  private static Experience years(List<Block> blocks) {
    for (String item : Items.all(blocks)) {
      Matcher m = YEARS.matcher(item);
      if (m.find()) {
        int min = Integer.parseInt(m.group(1));
        Integer max = m.group(2) == null ? null : Integer.parseInt(m.group(2));
        return new Experience(min, max, Texts.oneLine(item));
      }
    }
    return null;
  }
}
