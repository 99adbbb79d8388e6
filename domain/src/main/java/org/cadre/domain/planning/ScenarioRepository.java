package org.cadre.domain.planning;

import java.util.List;
import java.util.Optional;

/** The named scenarios, by name. */
public interface ScenarioRepository {

  Optional<Scenario> find(String name);

  List<Scenario> all();

  void add(Scenario scenario);
}
