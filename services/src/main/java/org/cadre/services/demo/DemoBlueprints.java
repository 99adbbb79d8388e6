package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.SkillTier;
import org.cadre.domain.blueprint.TechnicalSkill;
import org.cadre.domain.blueprint.Track;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.competency.CompetencyCatalogue;

/**
 * The demo blueprint library ({@code demo/blueprints.json}), every blueprint published: roles of
 * every division's own field, each with what a full-time year of it costs.
 */
@ApplicationScoped
class DemoBlueprints implements DemoStep {

  private static final String RESOURCE = "/demo/blueprints.json";

  /**
   * A blueprint of the demo library.
   *
   * @param annualCost a full-time year, employer's costs included: HR's cost rate for it
   */
  record DemoBlueprint(BlueprintContent content, BigDecimal annualCost) {

    String title() {
      return content.title();
    }
  }

  private RoleBlueprintRepository blueprints;
  private CompetencyCatalogue catalogue;
  private AuditTrail audit;

  protected DemoBlueprints() {
    // for CDI
  }

  @Inject
  DemoBlueprints(
      RoleBlueprintRepository blueprints, CompetencyCatalogue catalogue, AuditTrail audit) {
    this.blueprints = blueprints;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  @Override
  public String name() {
    return "blueprints";
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public void apply(Caller caller) {
    Instant now = Instant.now();
    for (DemoBlueprint demo : library()) {
      RoleBlueprint blueprint = RoleBlueprint.draft(demo.content(), now);
      blueprint.publish(1, now);
      catalogue.link(blueprint.latestRevision());
      blueprints.store(blueprint);
      audit.record(
          caller, "blueprint.published", "blueprint", blueprint.id().toString(), demo.title());
    }
  }

  static List<DemoBlueprint> library() {
    return DemoResources.array(RESOURCE).getValuesAs(JsonObject.class).stream()
        .map(DemoBlueprints::blueprint)
        .toList();
  }

  private static DemoBlueprint blueprint(JsonObject json) {
    BlueprintContent content =
        BlueprintContent.of(
            json.getString("title"),
            json.getString("family"),
            Level.valueOf(json.getString("level")),
            Track.valueOf(json.getString("track")),
            json.getString("summary"),
            skills(json.getJsonArray("skills")));
    return new DemoBlueprint(content, json.getJsonNumber("annualCost").bigDecimalValue());
  }

  private static List<TechnicalSkill> skills(JsonArray skills) {
    return skills.getValuesAs(JsonArray.class).stream()
        .map(
            s -> {
              Importance importance = Importance.valueOf(s.getString(4));
              return new TechnicalSkill(
                  SkillTier.valueOf(s.getString(0)),
                  s.getString(1),
                  s.getString(2),
                  s.getString(3),
                  importance,
                  importance.label());
            })
        .toList();
  }
}
