package org.cadre.services.blueprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.cadre.domain.blueprint.BlueprintRevision;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.RoleKey;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.UseCase;
import org.cadre.services.competency.CompetencyCatalogue;

/**
 * Stores one imported document in one transaction: a new blueprint, the next revision of the role
 * it describes, or nothing when it says what the latest revision says.
 */
@ApplicationScoped
@UseCase
public class BlueprintImporting {

  private RoleBlueprintRepository blueprints;
  private CompetencyCatalogue catalogue;
  private AuditTrail audit;

  protected BlueprintImporting() {
    // for CDI
  }

  @Inject
  public BlueprintImporting(
      RoleBlueprintRepository blueprints, CompetencyCatalogue catalogue, AuditTrail audit) {
    this.blueprints = blueprints;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  ImportResult store(Caller caller, DocumentContent.Draft draft, String fileName) {
    Instant now = Instant.now();
    String roleKey = RoleKey.of(draft.content().title());
    Optional<RoleBlueprint> known = blueprints.findByRoleKey(roleKey);
    if (known.isEmpty()) {
      RoleBlueprint blueprint =
          RoleBlueprint.draft(draft.content(), draft.source(), draft.warnings(), now);
      BlueprintRevision revision = blueprint.latestRevision();
      catalogue.link(revision);
      blueprints.store(blueprint);
      audit.record(
          caller,
          "blueprint.imported",
          "blueprint",
          blueprint.id().toString(),
          "created from " + fileName + " with " + draft.warnings().size() + " warnings");
      return result(fileName, ImportResult.Outcome.CREATED, revision);
    }
    RoleBlueprint blueprint = known.get();
    BlueprintRevision before = blueprint.latestRevision();
    BlueprintRevision revision =
        blueprint.revise(draft.content(), draft.source(), draft.warnings(), now);
    if (revision == before) {
      return result(fileName, ImportResult.Outcome.UNCHANGED, revision);
    }
    catalogue.link(revision);
    blueprints.store(blueprint);
    audit.record(
        caller,
        "blueprint.revised",
        "blueprint",
        blueprint.id().toString(),
        "revision " + revision.number() + " from " + fileName);
    return result(fileName, ImportResult.Outcome.REVISED, revision);
  }

  private static ImportResult result(
      String fileName, ImportResult.Outcome outcome, BlueprintRevision revision) {
    return new ImportResult(
        fileName,
        outcome,
        revision.blueprint().id(),
        revision.title(),
        revision.number(),
        revision.warnings(),
        null);
  }
}
