package org.cadre.services.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadre.domain.blueprint.BlueprintContent;
import org.cadre.domain.blueprint.CareerDirection;
import org.cadre.domain.blueprint.CareerStep;
import org.cadre.domain.blueprint.Importance;
import org.cadre.domain.blueprint.Level;
import org.cadre.domain.blueprint.RoleBlueprint;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.blueprint.ScorecardDimension;
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
        new BlueprintContent(
            json.getString("title"),
            json.getString("family"),
            Level.valueOf(json.getString("level")),
            Track.valueOf(json.getString("track")),
            json.getString("summary"),
            skills(json.getJsonArray("skills")),
            List.of(),
            List.of(),
            List.of(),
            scorecard(json.getJsonArray("scorecard")),
            List.of(),
            null,
            List.of(),
            List.of());
    if (json.containsKey("next")) {
      content =
          content.withCareerPath(
              json.getJsonArray("next").getValuesAs(JsonString.class).stream()
                  .map(next -> new CareerStep(CareerDirection.NEXT, next.getString(), null))
                  .toList());
    }
    return new DemoBlueprint(content, json.getJsonNumber("annualCost").bigDecimalValue());
  }

  /** Hiring scorecard dimensions: [dimension, below the bar, meets the bar, above the bar]. */
  private static List<ScorecardDimension> scorecard(JsonArray dimensions) {
    if (dimensions == null) {
      return List.of();
    }
    return dimensions.getValuesAs(JsonArray.class).stream()
        .map(
            d -> {
              Map<String, String> anchors = new LinkedHashMap<>();
              anchors.put("Below the bar", d.getString(1));
              anchors.put("Meets the bar", d.getString(2));
              anchors.put("Above the bar", d.getString(3));
              return new ScorecardDimension(d.getString(0), anchors);
            })
        .toList();
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
