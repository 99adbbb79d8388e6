package org.cadre.domain.hiring;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The stages an application moves through, in order. A pipeline starts with a stage reported as
 * Applied, ends with the one stage reported as Hired, has a stage reported as Offer, and never
 * reports a later stage as an earlier reporting stage.
 */
public record Pipeline(List<PipelineStage> stages) {

  public static final int MAX_STAGES = 20;

  /** The pipeline of a family without a template of its own. */
  public static final Pipeline DEFAULT =
      new Pipeline(
          List.of(
              new PipelineStage("Applied", ReportingStage.APPLIED),
              new PipelineStage("Screen", ReportingStage.SCREEN),
              new PipelineStage("Technical interview", ReportingStage.INTERVIEW),
              new PipelineStage("Panel", ReportingStage.FINAL),
              new PipelineStage("Offer", ReportingStage.OFFER),
              new PipelineStage("Hired", ReportingStage.HIRED)));

  public Pipeline {
    stages = List.copyOf(stages);
  }

  /** A pipeline of the stages, refused with {@link #problem}'s reason when they break a rule. */
  public static Pipeline of(List<PipelineStage> stages) {
    problem(stages)
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    return new Pipeline(stages);
  }

  /** Why the stages do not make a pipeline, or empty when they do. */
  public static Optional<String> problem(List<PipelineStage> stages) {
    if (stages.size() < 2 || stages.size() > MAX_STAGES) {
      return Optional.of("a pipeline has 2 to " + MAX_STAGES + " stages, not " + stages.size());
    }
    Set<String> names = new HashSet<>();
    for (PipelineStage stage : stages) {
      if (!names.add(stage.name().toLowerCase(Locale.ROOT))) {
        return Optional.of("the stage \"" + stage.name() + "\" is named twice");
      }
    }
    if (stages.get(0).reportingStage() != ReportingStage.APPLIED) {
      return Optional.of("the first stage is reported as Applied");
    }
    PipelineStage last = stages.get(stages.size() - 1);
    if (last.reportingStage() != ReportingStage.HIRED) {
      return Optional.of("the last stage is reported as Hired");
    }
    if (stages.stream().filter(s -> s.reportingStage() == ReportingStage.HIRED).count() > 1) {
      return Optional.of("only the last stage is reported as Hired");
    }
    if (stages.stream().noneMatch(s -> s.reportingStage() == ReportingStage.OFFER)) {
      return Optional.of("a stage before Hired is reported as Offer, where offers are made");
    }
    for (int i = 1; i < stages.size(); i++) {
      if (stages.get(i).reportingStage().compareTo(stages.get(i - 1).reportingStage()) < 0) {
        return Optional.of(
            "\""
                + stages.get(i).name()
                + "\" is reported as "
                + stages.get(i).reportingStage().label()
                + ", before the stage above it ("
                + stages.get(i - 1).reportingStage().label()
                + "): keep the reporting stages in funnel order");
      }
    }
    return Optional.empty();
  }

  public int size() {
    return stages.size();
  }

  public PipelineStage stage(int index) {
    return stages.get(index);
  }

  public ReportingStage reporting(int index) {
    return stages.get(index).reportingStage();
  }

  /** The index of the stage with the name (case ignored), if there is one. */
  public Optional<Integer> indexOf(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equalsIgnoreCase(name.strip())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** The last stage, where a hire lands. */
  public int hiredIndex() {
    return stages.size() - 1;
  }

  /** The stage names, in order. */
  public List<String> names() {
    return stages.stream().map(PipelineStage::name).toList();
  }
}
