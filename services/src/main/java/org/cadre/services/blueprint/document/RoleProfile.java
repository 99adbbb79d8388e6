package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Reads who the role is: its title without the series' suffix, its level from the title's words,
 * its track, its family or department, and its summary.
 *
 * <p>The track follows from a level that implies one (a Director manages, a Principal contributes
 * individually). For "Lead", and for titles without a level word, the role summary, mission and
 * responsibilities decide: "individual contributor" or "IC leadership" against "people leadership",
 * "leads the team", "(managerial)", "direct reports", ...; with no such words the role is taken for
 * an individual contributor, with a warning.
 *
 * <p>"Leader" names no rank of its own, so it becomes {@link Level#MANAGER} when the text makes the
 * role a people manager (an engineering leader who leads a team) and {@link Level#LEAD} when it
 * makes it an individual contributor (a technical leader), with a warning either way.
 */
final class RoleProfile {

  /** Who the role is. */
  record Profile(String title, Level level, Track track, String family, String summary) {}

  private static final Pattern BLUEPRINT_SUFFIX =
      Pattern.compile("(?i)\\s*[:|–—-]\\s*role blueprint\\b.*$");

  private static final Pattern PEOPLE_MANAGER_TITLE =
      Pattern.compile("\\b(product|program|programme|project|account|portfolio) manager\\b");

  private static final Set<Level> MANAGEMENT_LEVELS =
      EnumSet.of(
          Level.MANAGER, Level.SENIOR_MANAGER, Level.DIRECTOR, Level.HEAD, Level.VP, Level.CHIEF);

  private static final List<Pattern> MANAGEMENT_SIGNS =
      List.of(
          Pattern.compile("(?i)(?<!not a )people (leadership|manager|management)"),
          Pattern.compile(
              "(?i)\\b(leads|manages|managing|leading) (a |an |the )?([\\w-]+ )?"
                  + "(team|teams|engineers|managers|people|staff|group|function)\\b"),
          Pattern.compile("(?i)direct reports"),
          Pattern.compile("(?i)line manage"),
          Pattern.compile("(?i)\\(managerial\\)"),
          Pattern.compile("(?i)\\bhire, coach"),
          Pattern.compile("(?i)hiring manager"),
          Pattern.compile("(?i)performance management"),
          Pattern.compile("(?i)team leadership"));

  private static final List<Pattern> CONTRIBUTOR_SIGNS =
      List.of(
          Pattern.compile("(?i)individual contributor"),
          Pattern.compile("\\bIC\\b"),
          Pattern.compile("(?i)no direct reports"),
          Pattern.compile("(?i)without (formal|direct) authority"),
          Pattern.compile("(?i)not a people manager"));

  /** "Seniority: ...", "Seniority level: ...", "Level: ...", a line stating the role's level. */
  private static final Pattern LEVEL_STATEMENT =
      Pattern.compile(
          "(?i)^[-–•\\s]*(?:[\\w ]{0,30}\\bseniority\\b[\\w ()]{0,30}|(?:career |job |role )?level)"
              + "\\s*:\\s*(.+)$");

  private static final List<Pattern> FAMILY =
      List.of(
          Pattern.compile(
              "\\b(?:within|in|part of|across) the ([A-Z][\\w&/,' -]{1,60}?)"
                  + " (?:department|function|organi[sz]ation|division|job family)\\b"),
          Pattern.compile(
              "(?im)^(?:department|job family|role family|family|function)\\s*:\\s*([^\\n.;]{2,60})"));

  private RoleProfile() {}

  static Profile of(String rawTitle, List<RawSection> sections, Warnings warnings) {
    String title = cleanTitle(rawTitle);
    String lower = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
    Level level = level(lower);
    boolean leader = level == null && lower.contains(" leader ");
    Track track;
    if (level != null && level != Level.LEAD) {
      track = MANAGEMENT_LEVELS.contains(level) ? Track.MANAGEMENT : Track.INDIVIDUAL_CONTRIBUTOR;
    } else {
      track = trackFromText(sections, warnings);
    }
    if (leader) {
      level = track == Track.MANAGEMENT ? Level.MANAGER : Level.LEAD;
      warnings.add(
          "The title word “Leader” names no rank; read it as "
              + level.label()
              + " because the text describes "
              + (track == Track.MANAGEMENT ? "a people manager." : "an individual contributor."));
    } else if (level == null) {
      Statement stated = statedLevel(sections);
      if (stated != null) {
        level = stated.level();
        if (level != Level.LEAD) {
          track =
              MANAGEMENT_LEVELS.contains(level) ? Track.MANAGEMENT : Track.INDIVIDUAL_CONTRIBUTOR;
        }
        warnings.add(
            "The title "
                + Texts.quote(title)
                + " has no level word; took "
                + level.label()
                + " from the text "
                + Texts.quote(stated.text())
                + ".");
      } else {
        warnings.add(
            "The title "
                + Texts.quote(title)
                + " has no level word (Junior … Chief); the level is left empty.");
      }
    }
    return new Profile(title, level, track, family(sections), summary(sections, warnings));
  }

  /** A level the text states, and the statement. */
  private record Statement(Level level, String text) {}

  /**
   * The level a labelled line of the opening sections states, for titles without a level word:
   * "Seniority: Mid-level", "Conservative seniority inference: Senior individual contributor",
   * "Level: Staff".
   */
  private static Statement statedLevel(List<RawSection> sections) {
    for (int i = 0; i < Math.min(2, sections.size()); i++) {
      for (String line : SectionText.render(sections.get(i).blocks()).split("\n")) {
        Matcher m = LEVEL_STATEMENT.matcher(line);
        if (m.find()) {
          String value = m.group(1);
          int stop = value.indexOf('(');
          String words = stop > 0 ? value.substring(0, stop) : value;
          Level level = firstLevel(words);
          if (level != null) {
            return new Statement(level, Texts.oneLine(line.replaceFirst("^\\s*- ", "")));
          }
        }
      }
    }
    return null;
  }

  private static String cleanTitle(String raw) {
    String title = BLUEPRINT_SUFFIX.matcher(Texts.oneLine(raw)).replaceFirst("").strip();
    return title.isEmpty() ? Texts.oneLine(raw) : title;
  }

  /** The level named by the title words, given in lower case between spaces. */
  private static Level level(String t) {
    if (has(t, "chief", "cto", "cio", "ciso", "cdo", "cpo")) {
      return Level.CHIEF;
    }
    if (has(t, "vp", "svp", "evp") || t.contains(" vice president ")) {
      return Level.VP;
    }
    if (has(t, "head")) {
      return Level.HEAD;
    }
    if (has(t, "director")) {
      return Level.DIRECTOR;
    }
    if (has(t, "manager") && !PEOPLE_MANAGER_TITLE.matcher(t).find()) {
      return has(t, "senior", "sr") ? Level.SENIOR_MANAGER : Level.MANAGER;
    }
    String[][] ranks = {
      {"distinguished"},
      {"principal"},
      {"staff"},
      {"lead"},
      {"senior", "sr"},
      {"mid", "intermediate"},
      {"associate"},
      {"junior", "jr", "graduate"}
    };
    Level[] levels = {
      Level.DISTINGUISHED,
      Level.PRINCIPAL,
      Level.STAFF,
      Level.LEAD,
      Level.SENIOR,
      Level.MID,
      Level.ASSOCIATE,
      Level.JUNIOR
    };
    for (int i = 0; i < ranks.length; i++) {
      if (has(t, ranks[i])) {
        return levels[i];
      }
    }
    return null;
  }

  /**
   * The level of the first word that names one, read with the word after it ("Senior Manager",
   * "Vice President"): a statement "Senior individual contributor, like Staff elsewhere" is Senior.
   */
  private static Level firstLevel(String statement) {
    String[] words = statement.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    for (int i = 0; i < words.length; i++) {
      Level level = level(" " + words[i] + " ");
      if (i + 1 < words.length) {
        Level pair = level(" " + words[i] + " " + words[i + 1] + " ");
        level = pair != null && MANAGEMENT_LEVELS.contains(pair) ? pair : level;
      }
      if (level != null) {
        return level;
      }
    }
    return null;
  }

  private static boolean has(String text, String... words) {
    for (String word : words) {
      if (text.contains(" " + word + " ")) {
        return true;
      }
    }
    return false;
  }

  private static Track trackFromText(List<RawSection> sections, Warnings warnings) {
    String text = profileText(sections);
    int management = count(MANAGEMENT_SIGNS, text);
    int contributor = count(CONTRIBUTOR_SIGNS, text);
    if (management > contributor) {
      return Track.MANAGEMENT;
    }
    if (management == 0 && contributor == 0) {
      warnings.add(
          "Neither the title nor the text says whether the role manages people; took it for an"
              + " individual contributor.");
    }
    return Track.INDIVIDUAL_CONTRIBUTOR;
  }

  /** The text that describes the role itself: summary, mission and responsibilities. */
  private static String profileText(List<RawSection> sections) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sections.size(); i++) {
      RawSection section = sections.get(i);
      if (i < 2 || section.kind() == SectionKind.RESPONSIBILITIES) {
        text.append(section.heading()).append('\n').append(SectionText.render(section.blocks()));
        text.append('\n');
      }
    }
    return text.toString();
  }

  private static int count(List<Pattern> patterns, String text) {
    int count = 0;
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        count++;
      }
    }
    return count;
  }

  private static String family(List<RawSection> sections) {
    if (sections.isEmpty()) {
      return null;
    }
    String text = SectionText.render(sections.get(0).blocks());
    for (Pattern pattern : FAMILY) {
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        return m.group(1).strip();
      }
    }
    return null;
  }

  /**
   * The paragraphs that open the role summary, up to its first list, table or short labelled line
   * ("Role horizon: ...").
   */
  private static String summary(List<RawSection> sections, Warnings warnings) {
    RawSection summary = null;
    for (RawSection section : sections) {
      if (section.kind() == SectionKind.SUMMARY) {
        summary = section;
        break;
      }
    }
    if (summary == null) {
      warnings.add("Found no role summary section.");
      return null;
    }
    List<String> paragraphs = new ArrayList<>();
    for (Block block : summary.blocks()) {
      if (block instanceof Block.Heading && paragraphs.isEmpty()) {
        continue;
      }
      if (!(block instanceof Block.Paragraph paragraph) || isLabelled(paragraph.text())) {
        break;
      }
      paragraphs.add(Texts.oneLine(paragraph.text()));
    }
    return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
  }

  private static boolean isLabelled(String paragraph) {
    int colon = paragraph.indexOf(':');
    return colon > 0 && colon < 60 && Texts.words(paragraph.substring(0, colon)) <= 3;
  }
}
