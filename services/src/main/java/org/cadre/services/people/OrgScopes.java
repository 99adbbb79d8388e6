package org.cadre.services.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import org.cadre.domain.access.Role;
import org.cadre.domain.org.OrgUnitRepository;
import org.cadre.services.access.Caller;

/** Builds a caller's {@link OrgScope}; needs a transaction. */
@ApplicationScoped
public class OrgScopes {

  private OrgUnitRepository units;

  protected OrgScopes() {
    // for CDI
  }

  @Inject
  public OrgScopes(OrgUnitRepository units) {
    this.units = units;
  }

  public OrgScope of(Caller caller) {
    caller.require("see the organisation", Role.values());
    return new OrgScope(
        units.all(),
        caller.has(Role.MANAGER) ? new HashSet<>(units.managedByUser(caller.username())) : Set.of(),
        caller.hasAny(Role.HR, Role.LEADERSHIP, Role.ADMIN));
  }
}
