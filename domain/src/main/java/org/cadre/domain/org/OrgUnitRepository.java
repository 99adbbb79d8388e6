package org.cadre.domain.org;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The organisation tree as stored. Units are written in bulk, as an import or the demo data states
 * them; a manager is named by employee number.
 */
public interface OrgUnitRepository {

  Optional<OrgUnit> find(String code);

  /** Every unit, by code. */
  List<OrgUnit> all();

  /** Adds units; a unit's parent comes before it in the list or is stored already. */
  void insert(List<OrgUnitRecord> units, Instant at);

  /** Replaces what is stored about units that exist, by code. */
  void update(List<OrgUnitRecord> units, Instant at);

  /** The codes of the units these employees manage. */
  List<String> managedBy(String employeeNumber);
}
