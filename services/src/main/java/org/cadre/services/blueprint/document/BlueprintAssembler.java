package org.cadre.services.blueprint.document;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cadre.services.blueprint.document.ParsedBlueprint.CareerPath;
import org.cadre.services.blueprint.document.ParsedBlueprint.ItemGroup;
import org.cadre.services.blueprint.document.ParsedBlueprint.ScorecardDimension;
import org.cadre.services.blueprint.document.ParsedBlueprint.Section;
import org.cadre.services.blueprint.document.ParsedBlueprint.Source;
import org.cadre.services.blueprint.document.SectionSplitter.RawSection;

/**
 * Turns a document read into blocks into a {@link ParsedBlueprint}: cuts it into sections, runs
 * each structured section through its extractor, and rejects what is not a blueprint.
 *
 * <p>A document is a blueprint when it has numbered sections, at least {@value
 * #MIN_BLUEPRINT_KINDS} of them are known blueprint sections (responsibilities, skills, KPIs,
 * tools, experience, career path, ...), and those hold some content.
 */
final class BlueprintAssembler {

  static final int MIN_BLUEPRINT_KINDS = 2;

  /** A sub-heading or table header announcing a hiring scorecard. */
  private static final Pattern SCORECARD_HEADING =
      Pattern.compile("scorecard|rubric|dimension|competenc|rating|meets bar|exceeds bar");

  private static final Set<SectionKind> EXPECTED =
      EnumSet.of(
          SectionKind.RESPONSIBILITIES,
          SectionKind.TECHNICAL_SKILLS,
          SectionKind.SOFT_SKILLS,
          SectionKind.KPIS,
          SectionKind.TOOLS,
          SectionKind.EXPERIENCE,
          SectionKind.CAREER_PATH,
          SectionKind.HIRING);

  private BlueprintAssembler() {}

  static ParsedBlueprint assemble(RawDocument document, Source source, Warnings warnings) {
    List<RawSection> sections =
        SectionSplitter.split(document.blocks(), document.title(), warnings);
    if (sections.isEmpty()) {
      throw new Rejection(
          "not a blueprint document: found no numbered sections such as “1) Role Summary”");
    }
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    sections.forEach(s -> kinds.add(s.kind()));
    if (kinds.stream().filter(SectionKind::isBlueprintContent).count() < MIN_BLUEPRINT_KINDS) {
      throw new Rejection(
          "not a blueprint document: its sections ("
              + headings(sections)
              + ") include none or only one of responsibilities, skills, KPIs, tools, experience,"
              + " career path or hiring");
    }
    String rawTitle = document.title() != null ? document.title() : titleFromSummary(sections);
    if (rawTitle == null) {
      throw new Rejection("the blueprint has no title");
    }
    RoleProfile.Profile profile = RoleProfile.of(rawTitle, sections, warnings);

    var technicalSkills = new ArrayList<ParsedBlueprint.TechnicalSkill>();
    var softSkills = new ArrayList<ParsedBlueprint.SoftSkill>();
    var kpis = new ArrayList<ParsedBlueprint.Kpi>();
    var tools = new ArrayList<ParsedBlueprint.Tool>();
    var scorecard = new ArrayList<ScorecardDimension>();
    for (RawSection section : sections) {
      switch (section.kind()) {
        case TECHNICAL_SKILLS ->
            technicalSkills.addAll(
                found(
                    TechnicalSkillExtractor.extract(section, warnings),
                    section,
                    "skills",
                    warnings));
        case SOFT_SKILLS ->
            softSkills.addAll(
                found(
                    SoftSkillExtractor.extract(section, warnings),
                    section,
                    "soft skills",
                    warnings));
        case KPIS ->
            kpis.addAll(found(KpiExtractor.extract(section, warnings), section, "KPIs", warnings));
        case TOOLS ->
            tools.addAll(
                found(ToolExtractor.extract(section, warnings), section, "tools", warnings));
        case SCORECARD ->
            scorecard.addAll(ScorecardExtractor.extract(section, section.blocks(), warnings));
        case HIRING -> scorecard.addAll(hiringScorecard(section, warnings));
        default -> {}
      }
    }
    if (kinds.contains(SectionKind.HIRING) && scorecard.isEmpty()) {
      warnings.add("Found no hiring scorecard dimensions.");
    }
    CareerPath careerPath =
        CareerPathExtractor.extract(of(sections, SectionKind.CAREER_PATH), warnings);
    ExperienceExtractor.Qualifications qualifications =
        ExperienceExtractor.extract(of(sections, SectionKind.EXPERIENCE), warnings);
    List<ItemGroup> responsibilities =
        ItemGroupExtractor.extract(
            of(sections, SectionKind.RESPONSIBILITIES), "responsibilities", warnings);
    List<ItemGroup> activities =
        ItemGroupExtractor.extract(of(sections, SectionKind.ACTIVITIES), "activities", warnings);
    List<ItemGroup> deliverables =
        ItemGroupExtractor.extract(
            of(sections, SectionKind.DELIVERABLES), "deliverables", warnings);
    List<ItemGroup> goals =
        ItemGroupExtractor.extract(
            of(sections, SectionKind.GOALS), Wording::isHorizon, "goals by horizon", warnings);

    if (technicalSkills.isEmpty()
        && softSkills.isEmpty()
        && kpis.isEmpty()
        && tools.isEmpty()
        && responsibilities.isEmpty()
        && careerPath.feeder().isEmpty()
        && careerPath.next().isEmpty()
        && careerPath.adjacent().isEmpty()) {
      throw new Rejection(
          "not a blueprint document: its sections hold no responsibilities, skills, KPIs, tools or"
              + " career path");
    }
    for (SectionKind kind : EXPECTED) {
      boolean scorecardInstead =
          kind == SectionKind.HIRING && kinds.contains(SectionKind.SCORECARD);
      if (!kinds.contains(kind) && !scorecardInstead) {
        warnings.add("Found no " + describe(kind) + " section.");
      }
    }
    return new ParsedBlueprint(
        profile.title(),
        profile.level(),
        profile.track(),
        profile.family(),
        profile.summary(),
        source,
        technicalSkills,
        softSkills,
        kpis,
        tools,
        scorecard,
        careerPath,
        qualifications.experience(),
        qualifications.education(),
        qualifications.certifications(),
        responsibilities,
        activities,
        deliverables,
        goals,
        sections.stream()
            .map(s -> new Section(s.heading(), SectionText.render(s.blocks())))
            .toList(),
        warnings.list());
  }

  /**
   * The scorecard of a hiring section: what its scorecard sub-heading holds ("Scorecard
   * dimensions", "Interview rubric", "Competencies to rate"), else a table elsewhere in it whose
   * header names dimensions or rating anchors.
   */
  private static List<ScorecardDimension> hiringScorecard(RawSection section, Warnings warnings) {
    List<ScorecardDimension> dimensions = new ArrayList<>();
    List<Block> tables = new ArrayList<>();
    for (Items.Subsection subsection : Items.subsections(section.blocks())) {
      String heading = String.valueOf(subsection.heading()).toLowerCase(Locale.ROOT);
      if (SCORECARD_HEADING.matcher(heading).find()) {
        dimensions.addAll(ScorecardExtractor.extract(section, subsection.blocks(), warnings));
      } else {
        subsection.blocks().stream()
            .filter(b -> b instanceof Block.Table table && isScorecardTable(table))
            .forEach(tables::add);
      }
    }
    if (dimensions.isEmpty() && !tables.isEmpty()) {
      dimensions.addAll(ScorecardExtractor.extract(section, tables, warnings));
    }
    return dimensions;
  }

  private static boolean isScorecardTable(Block.Table table) {
    String header = String.join(" | ", table.header()).toLowerCase(Locale.ROOT);
    return SCORECARD_HEADING.matcher(header).find() || header.contains("looks like");
  }

  private static <T> List<T> found(
      List<T> entries, RawSection section, String what, Warnings warnings) {
    if (entries.isEmpty()) {
      warnings.add(Messages.where(section) + "found no " + what + " in it.");
    }
    return entries;
  }

  private static List<RawSection> of(List<RawSection> sections, SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).toList();
  }

  /** The "Role title" row of the closing summary table, for documents without a title line. */
  private static String titleFromSummary(List<RawSection> sections) {
    for (RawSection section : sections) {
      for (Block block : section.blocks()) {
        if (block instanceof Block.Table table) {
          for (List<String> row : table.rows()) {
            String first = row.get(0);
            if (first.toLowerCase(Locale.ROOT).startsWith("role title")) {
              String title = row.size() > 1 ? row.get(1) : first.substring("role title".length());
              return Texts.orNull(title);
            }
          }
        }
      }
    }
    return null;
  }

  private static String headings(List<RawSection> sections) {
    return sections.stream()
            .limit(6)
            .map(s -> "“" + s.heading() + "”")
            .collect(Collectors.joining(", "))
        + (sections.size() > 6 ? ", …" : "");
  }

  private static String describe(SectionKind kind) {
    return switch (kind) {
      case RESPONSIBILITIES -> "responsibilities";
      case TECHNICAL_SKILLS -> "technical skills";
      case SOFT_SKILLS -> "soft skills";
      case KPIS -> "KPIs";
      case TOOLS -> "tools";
      case EXPERIENCE -> "experience and qualifications";
      case CAREER_PATH -> "career path";
      case HIRING -> "hiring criteria";
      default -> kind.name().toLowerCase(Locale.ROOT);
    };
  }
}
