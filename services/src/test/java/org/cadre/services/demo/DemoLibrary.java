package org.cadre.services.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.competency.RequiredProfile;
import org.cadre.domain.competency.Requirement;
import org.cadre.services.demo.DemoBlueprints.DemoBlueprint;

/**
 * The demo library as published, for tests of the demo generators: blueprint ids in library order
 * and one competency per skill name, as the catalogue links them.
 */
final class DemoLibrary {

  static final List<DemoBlueprint> LIBRARY = DemoBlueprints.library();

  private static final Map<String, Long> COMPETENCIES = new HashMap<>();

  static final List<DemoRole> ROLES = roles();

  private DemoLibrary() {}

  private static long competency(String name) {
    return COMPETENCIES.computeIfAbsent(name, n -> COMPETENCIES.size() + 1L);
  }

  private static List<DemoRole> roles() {
    List<DemoRole> roles = new ArrayList<>();
    for (DemoBlueprint blueprint : LIBRARY) {
      roles.add(
          new DemoRole(
              roles.size() + 1,
              blueprint.title(),
              blueprint.content().level(),
              blueprint.content().technicalSkills().stream()
                  .map(TechnicalSkill::name)
                  .map(DemoLibrary::competency)
                  .toList(),
              blueprint.annualCost()));
    }
    return roles;
  }

  /** What each blueprint requires, by id: its skills at their importance's level. */
  static Map<Long, RequiredProfile> profiles() {
    Map<Long, RequiredProfile> profiles = new LinkedHashMap<>();
    for (int i = 0; i < LIBRARY.size(); i++) {
      long id = i + 1L;
      DemoBlueprint blueprint = LIBRARY.get(i);
      profiles.put(
          id,
          new RequiredProfile(
              id,
              blueprint.title(),
              blueprint.content().technicalSkills().stream()
                  .map(
                      s ->
                          new Requirement(
                              competency(s.name()),
                              s.name(),
                              s.importance().orElse(null),
                              s.requiredLevel()))
                  .toList()));
    }
    return profiles;
  }
}
