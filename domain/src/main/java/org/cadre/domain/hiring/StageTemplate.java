package org.cadre.domain.hiring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline HR sets for the requisitions of one blueprint family. A requisition copies its
 * family's pipeline when it is opened, so editing a template never changes requisitions under way;
 * a family without a template gets {@link Pipeline#DEFAULT}.
 */
@Entity
@Table(name = "stage_template")
public class StageTemplate {

  public static final int FAMILY_MAX = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_template_seq")
  @SequenceGenerator(
      name = "stage_template_seq",
      sequenceName = "stage_template_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "family", nullable = false, unique = true, length = FAMILY_MAX)
  private String family;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "stage_template_stage", joinColumns = @JoinColumn(name = "template_id"))
  @OrderColumn(name = "list_index")
  private List<PipelineStage> stages = new ArrayList<>();

  @Version
  @Column(name = "revision", nullable = false)
  private long revision;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected StageTemplate() {
    // for JPA
  }

  public StageTemplate(String family, Pipeline pipeline, String by, Instant at) {
    if (family == null || family.isBlank() || family.strip().length() > FAMILY_MAX) {
      throw new IllegalArgumentException("a family is 1 to " + FAMILY_MAX + " characters");
    }
    this.family = family.strip();
    replace(pipeline, by, at);
  }

  /** Sets the stages; requisitions opened before keep theirs. */
  public void replace(Pipeline pipeline, String by, Instant at) {
    Pipeline.problem(pipeline.stages())
        .ifPresent(
            reason -> {
              throw new IllegalArgumentException(reason);
            });
    stages.clear();
    stages.addAll(pipeline.stages());
    updatedBy = by;
    updatedAt = at;
  }

  public Long id() {
    return id;
  }

  public String family() {
    return family;
  }

  public Pipeline pipeline() {
    return new Pipeline(stages);
  }

  public long revision() {
    return revision;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
