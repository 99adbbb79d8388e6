package org.cadre.domain.hiring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One stage of a pipeline: its name as the team says it, and the stage it is reported as. */
@Embeddable
public class PipelineStage {

  public static final int NAME_MAX = 60;

  @Column(name = "stage_name", nullable = false, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporting_stage", nullable = false, length = 20)
  private ReportingStage reportingStage;

  protected PipelineStage() {
    // for JPA
  }

  public PipelineStage(String name, ReportingStage reportingStage) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_MAX) {
      throw new IllegalArgumentException(
          "a stage name is 1 to " + NAME_MAX + " characters: " + name);
    }
    this.name = name.strip();
    this.reportingStage = Objects.requireNonNull(reportingStage, "reportingStage");
  }

  public String name() {
    return name;
  }

  public ReportingStage reportingStage() {
    return reportingStage;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PipelineStage other
        && name.equals(other.name)
        && reportingStage == other.reportingStage;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, reportingStage);
  }

  @Override
  public String toString() {
    return name + " (" + reportingStage.label() + ")";
  }
}
