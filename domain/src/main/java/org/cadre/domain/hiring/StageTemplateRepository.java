package org.cadre.domain.hiring;

import java.util.List;
import java.util.Optional;

/** HR's pipeline templates, one per blueprint family. */
public interface StageTemplateRepository {

  Optional<StageTemplate> find(String family);

  /** Every template, by family. */
  List<StageTemplate> all();

  void add(StageTemplate template);

  void flush();
}
