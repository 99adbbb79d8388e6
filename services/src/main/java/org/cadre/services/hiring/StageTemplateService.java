package org.cadre.services.hiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cadre.domain.access.Role;
import org.cadre.domain.blueprint.RoleBlueprintRepository;
import org.cadre.domain.hiring.Pipeline;
import org.cadre.domain.hiring.PipelineStage;
import org.cadre.domain.hiring.ReportingStage;
import org.cadre.domain.hiring.StageTemplate;
import org.cadre.domain.hiring.StageTemplateRepository;
import org.cadre.services.access.Caller;
import org.cadre.services.audit.AuditTrail;
import org.cadre.services.common.ConflictException;
import org.cadre.services.common.InvalidInputException;
import org.cadre.services.common.StaleRevisionException;
import org.cadre.services.common.UseCase;

/**
 * HR's pipeline templates, one per blueprint family: read by everyone, set by HR. A requisition
 * copies its family's template when it is opened, so a change reaches requisitions opened after it.
 */
@ApplicationScoped
@UseCase
public class StageTemplateService {

  static final String SUBJECT = "stage-template";

  private StageTemplateRepository templates;
  private RoleBlueprintRepository blueprints;
  private AuditTrail audit;

  protected StageTemplateService() {
    // for CDI
  }

  @Inject
  public StageTemplateService(
      StageTemplateRepository templates, RoleBlueprintRepository blueprints, AuditTrail audit) {
    this.templates = templates;
    this.blueprints = blueprints;
    this.audit = audit;
  }

  /** Every family of the library with its template, or the default. */
  public List<TemplateView> all(Caller caller) {
    caller.require("read pipeline templates", Role.values());
    List<TemplateView> views = new ArrayList<>();
    for (String family : blueprints.families()) {
      views.add(view(family, templates.find(family)));
    }
    return views;
  }

  public TemplateView get(Caller caller, String family) {
    caller.require("read pipeline templates", Role.values());
    return view(requireFamily(family), templates.find(family.strip()));
  }

  /**
   * Sets a family's pipeline (HR).
   *
   * @param revision the template's revision the change was made to, or null not to check it
   */
  public TemplateView save(Caller caller, String family, List<StageInput> stages, Long revision) {
    caller.require("change pipeline templates", Role.HR, Role.ADMIN);
    String name = requireFamily(family);
    HiringTerms terms = new HiringTerms();
    List<PipelineStage> wanted = new ArrayList<>();
    List<StageInput> given = stages == null ? List.of() : stages;
    for (int i = 0; i < given.size(); i++) {
      StageInput input = given.get(i);
      String stageName =
          terms.text(
              "stages[" + i + "].name",
              input == null ? null : input.name(),
              PipelineStage.NAME_MAX,
              true);
      ReportingStage reporting =
          terms.choice(
              "stages[" + i + "].reportingStage",
              input == null ? null : input.reportingStage(),
              ReportingStage.class,
              true);
      if (stageName != null && reporting != null && stageName.length() <= PipelineStage.NAME_MAX) {
        wanted.add(new PipelineStage(stageName, reporting));
      }
    }
    terms.check();
    Pipeline.problem(wanted)
        .ifPresent(
            reason -> {
              throw InvalidInputException.of("stages", String.join(", ", names(wanted)), reason);
            });
    Pipeline pipeline = new Pipeline(wanted);
    Instant now = Instant.now();
    Optional<StageTemplate> existing = templates.find(name);
    StageTemplate template;
    String before;
    if (existing.isPresent()) {
      template = existing.get();
      if (revision != null && revision != template.revision()) {
        throw new StaleRevisionException(
            "The template of "
                + name
                + " was changed by "
                + template.updatedBy()
                + " since you opened it; nothing was saved. Reload it.");
      }
      before = String.join(", ", template.pipeline().names());
      template.replace(pipeline, caller.username(), now);
    } else {
      template = new StageTemplate(name, pipeline, caller.username(), now);
      before = String.join(", ", Pipeline.DEFAULT.names()) + " (default)";
      templates.add(template);
    }
    try {
      templates.flush();
    } catch (PersistenceException e) {
      throw new ConflictException(
          "Someone changed the template of " + name + " at the same moment; reload it.");
    }
    audit.record(
        caller,
        SUBJECT + ".saved",
        SUBJECT,
        name,
        "Stages " + before + " -> " + String.join(", ", pipeline.names()) + ".");
    return view(name, Optional.of(template));
  }

  private String requireFamily(String family) {
    if (family == null || family.isBlank() || !blueprints.families().contains(family.strip())) {
      throw InvalidInputException.of("family", family, "is not a family of the blueprint library");
    }
    return family.strip();
  }

  private static List<String> names(List<PipelineStage> stages) {
    return stages.stream().map(PipelineStage::name).toList();
  }

  private static TemplateView view(String family, Optional<StageTemplate> template) {
    Pipeline pipeline = template.map(StageTemplate::pipeline).orElse(Pipeline.DEFAULT);
    return new TemplateView(
        family,
        RequisitionViews.stages(pipeline.stages()),
        template.isEmpty(),
        template.map(StageTemplate::updatedBy).orElse(null),
        template.map(StageTemplate::updatedAt).orElse(null),
        template.map(StageTemplate::revision).orElse(0L));
  }
}
