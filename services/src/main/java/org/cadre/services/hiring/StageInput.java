package org.cadre.services.hiring;

/** A stage of a template as HR sends it: its name and its reporting stage (e.g. SCREEN). */
public record StageInput(String name, String reportingStage) {}
