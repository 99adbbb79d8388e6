package org.cadre.services.hiring;

/** A stage of a pipeline: its name and the reporting stage it counts as. */
public record StageView(String name, String reportingStage, String reportingLabel) {}
