package org.cadre.services.blueprint.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.domain.blueprint.Commonality;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.SkillTier;

/**
 * Normalises the series' wording into the domain's values: importance, commonality and skill tier,
 * and recognises frequencies and goal horizons.
 */
final class Wording {

  private static final Pattern CRITICAL = Pattern.compile("(?i)\\bcritical\\b");
  private static final Pattern IMPORTANT = Pattern.compile("(?i)\\bimportant\\b");
  private static final Pattern OPTIONAL = Pattern.compile("(?i)\\boptional\\b");

  /** A proficiency word written where the importance goes. */
  private static final Pattern PROFICIENCY =
      Pattern.compile("(?i)(?:expert|advanced|intermediate|proficient|foundational|basic)\\b");

  private static final Pattern CONTEXT =
      Pattern.compile("(?i)\\bcontext[\\s-]*(specific|dependent)\\b");
  private static final Pattern COMMON = Pattern.compile("(?i)\\bcommon(ly)?\\b");

  private static final String FREQUENCY_WORD =
      "(?:(?:daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|hourly"
          + "|semi-?annual(?:ly)?|bi-?annual(?:ly)?|half-?yearly|annual(?:ly)?|yearly"
          + "|continuous(?:ly)?|real-?time|ongoing|ad hoc|as needed|on demand|post-incident"
          + "|(?:event|release|sprint|deployment|incident|project|milestone)-(?:driven|based)"
          + "|twice (?:a|per) (?:day|week|month|quarter|year)"
          + "|every \\d+ (?:hours|days|weeks|months|sprints|releases)"
          + "|(?:per|each|every|after|after each|after every) [a-z][\\w-]*)"
          + "(?:\\s+(?:review|reviews|reporting|report|check|check-in|rollup|roll-up|snapshot"
          + "|trend|cadence))?"
          + "(?:\\s*\\([^()]{0,60}\\))?)";

  /**
   * A frequency closing a flattened KPI row: "Monthly", "Weekly/Monthly", "Per release", "Monthly
   * review", "Monthly (trend)", "Every 2 weeks"; several joined by "/", ",", ";", "or", "and",
   * "to", "&" or "+", each with its own note: "Weekly (ops), Monthly (exec)".
   */
  private static final Pattern TRAILING_FREQUENCY =
      Pattern.compile(
          "(?i)(?:^|\\s)("
              + FREQUENCY_WORD
              + "(?:\\s*(?:/|,|;|\\bor\\b|\\band\\b|\\bto\\b|&|\\+)\\s*"
              + FREQUENCY_WORD
              + ")*)\\s*$");

  /**
   * A commonality closing a flattened tools row: "Common", "Optional (Common in modern orgs)",
   * "Optional/Context-specific", "Common in enterprises" (a short qualifier starting with a
   * preposition).
   */
  private static final Pattern TRAILING_COMMONALITY =
      Pattern.compile(
          "(?:^|\\s)((?:Common|Optional|Context[- ]specific|Context[- ]dependent)"
              + "(?:\\s*/\\s*(?:[Cc]ommon|[Oo]ptional|[Cc]ontext[- ]specific))*"
              + "(?:\\s+(?:in|for|at|with|when|where|if|depending|outside|across)\\b[^()]{0,60})?"
              + "(?:\\s*\\([^()]{0,80}\\))?)\\s*$");

  private static final String COUNT =
      "(?:\\d+|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four|thirty-six)";

  /**
   * A time horizon: "30-day goals", "First 90 days", "By day 90", "Month six", "Year one", "Q1",
   * "First quarter", "Long-term".
   */
  /** The longest trailing cell looked for, in characters. */
  private static final int MAX_TRAILING = 240;

  private static final Pattern HORIZON =
      Pattern.compile(
          "(?i)\\b"
              + COUNT
              + "\\s*(?:[-–]\\s*(?:"
              + COUNT
              + "\\s*)?)?(?:day|week|month|quarter|year)s?\\b"
              + "|\\b(?:day|week|month|quarter|year)s?\\s*"
              + COUNT
              + "\\b|\\bq[1-4]\\b|\\b(?:first|second|third|fourth|next) (?:week|month|quarter|year)s?\\b"
              + "|\\b(?:long|short|near|mid|medium)[\\s-]term\\b|\\bmulti-year\\b");

  private Wording() {}

  /**
   * The first of Critical, Important, Optional and Context-specific (or context-dependent) that the
   * wording uses; {@code null} when it uses none ("Expert").
   */
  static Importance importance(String wording) {
    if (wording == null) {
      return null;
    }
    int critical = position(CRITICAL, wording);
    int important = position(IMPORTANT, wording);
    int optional = position(OPTIONAL, wording);
    int context = position(CONTEXT, wording);
    int first = Math.min(Math.min(critical, important), Math.min(optional, context));
    if (first == Integer.MAX_VALUE) {
      return null;
    }
    if (first == critical) {
      return Importance.CRITICAL;
    }
    if (first == important) {
      return Importance.IMPORTANT;
    }
    return first == optional ? Importance.OPTIONAL : Importance.CONTEXT_SPECIFIC;
  }

  /**
   * Whether the wording states an importance: one of the importance words, or a proficiency word
   * the series writes in their place ("Expert", "Advanced").
   */
  static boolean isImportanceWording(String wording) {
    return importance(wording) != null
        || wording != null && PROFICIENCY.matcher(wording.strip()).lookingAt();
  }

  /** The first of Common, Optional and Context-specific that the wording uses, else null. */
  static Commonality commonality(String wording) {
    if (wording == null) {
      return null;
    }
    int common = position(COMMON, wording);
    int optional = position(OPTIONAL, wording);
    int context = position(CONTEXT, wording);
    int first = Math.min(common, Math.min(optional, context));
    if (first == Integer.MAX_VALUE) {
      return null;
    }
    if (first == common) {
      return Commonality.COMMON;
    }
    return first == optional ? Commonality.OPTIONAL : Commonality.CONTEXT_SPECIFIC;
  }

  /**
   * The skill tier a sub-heading names when it is a tier heading, not a skill's own name: it speaks
   * of skills ("Core technical skills", "Nice to have") or is the tier word alone ("Emerging");
   * "Advanced SQL" names a skill.
   */
  static SkillTier tierHeading(String heading) {
    SkillTier tier = tier(heading);
    if (tier == null) {
      return null;
    }
    String h = heading.toLowerCase(Locale.ROOT);
    boolean aboutSkills =
        h.contains("skill")
            || h.contains("competenc")
            || h.contains("capabilit")
            || h.contains("knowledge")
            || h.matches(".*\\b(to|must)[\\s-]have\\b.*");
    String bare = h.replaceAll("\\([^)]*\\)", "").strip();
    return aboutSkills || Texts.words(bare) == 1 ? tier : null;
  }

  /** The skill tier a heading names, or {@code null}. */
  static SkillTier tier(String heading) {
    if (heading == null) {
      return null;
    }
    String h = heading.toLowerCase(Locale.ROOT);
    if (h.contains("emerging") || h.contains("future")) {
      return SkillTier.EMERGING;
    }
    if (h.contains("advanced") || h.contains("expert")) {
      return SkillTier.ADVANCED;
    }
    if (h.matches(".*\\b(good|nice)[\\s-]to[\\s-]have\\b.*")
        || h.contains("preferred")
        || h.contains("desirable")
        || h.contains("bonus")) {
      return SkillTier.GOOD_TO_HAVE;
    }
    if (h.matches(".*\\bmust[\\s-]have\\b.*")
        || h.contains("required")
        || h.contains("core")
        || h.contains("essential")
        || h.contains("mandatory")) {
      return SkillTier.MUST_HAVE;
    }
    return null;
  }

  /** A cell found at the end of a flattened row: where it starts in the row, and its text. */
  record Trailing(int start, String text) {}

  /** The frequency at the end of a flattened row, or {@code null}. */
  static Trailing trailingFrequency(String row) {
    return trailing(TRAILING_FREQUENCY, row);
  }

  /** The commonality at the end of a flattened row, or {@code null}. */
  static Trailing trailingCommonality(String row) {
    return trailing(TRAILING_COMMONALITY, row);
  }

  /**
   * Group 1 of the pattern at the end of the row, looked for in the row's last {@value
   * #MAX_TRAILING} characters only: no frequency or commonality is longer, and a pattern of
   * repeated alternatives would take time growing with the square of a long row.
   */
  private static Trailing trailing(Pattern pattern, String row) {
    int from = 0;
    if (row.length() > MAX_TRAILING) {
      from = row.length() - MAX_TRAILING;
      while (from < row.length() && !Character.isWhitespace(row.charAt(from))) {
        from++;
      }
    }
    Matcher m = pattern.matcher(row).region(from, row.length());
    return m.find() ? new Trailing(m.start(1), m.group(1)) : null;
  }

  /** Whether a heading names a time horizon: "30-day goals", "6-month milestones", "Long-term". */
  static boolean isHorizon(String heading) {
    return heading != null && HORIZON.matcher(heading).find();
  }

  private static int position(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.start() : Integer.MAX_VALUE;
  }
}
