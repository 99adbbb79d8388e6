package org.cadre.services.imports.kinds;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.BlueprintName;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.domain.org.OrgUnitKind;
import org.cadre.domain.people.AssessmentSource;

/** The drop-down lists of the import templates, filled from the database as it is now. */
public final class TemplateLists {

  public static final String UNITS = "Org units";
  public static final String KINDS = "Unit kinds";
  public static final String BLUEPRINTS = "Blueprints";
  public static final String LEVELS = "Levels";
  public static final String COMPETENCIES = "Competencies";
  public static final String SOURCES = "Sources";
  public static final String CANDIDATE_SOURCES = "Candidate sources";

  private TemplateLists() {}

  public static Map<String, List<String>> of(ReferenceData data) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put(UNITS, data.units().keySet().stream().sorted().toList());
    lists.put(KINDS, Arrays.stream(OrgUnitKind.values()).map(OrgUnitKind::label).toList());
    lists.put(
        BLUEPRINTS,
        data.blueprints().stream().map(BlueprintName::title).distinct().sorted().toList());
    lists.put(LEVELS, Arrays.stream(Level.values()).map(Level::label).toList());
    lists.put(COMPETENCIES, data.competencyNames().values().stream().sorted().toList());
    lists.put(
        SOURCES, Arrays.stream(AssessmentSource.values()).map(AssessmentSource::label).toList());
    lists.put(
        CANDIDATE_SOURCES,
        Arrays.stream(CandidateSource.values()).map(CandidateSource::label).toList());
    return lists;
  }
}
