package org.cadre.domain.blueprint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One numbered revision of a {@link RoleBlueprint}. Its content never changes once published; a
 * draft is replaced by drafting a new revision. Belongs to the {@code RoleBlueprint} aggregate.
 */
@Entity
@Table(name = "blueprint_revision")
public class BlueprintRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blueprint_revision_seq")
  @SequenceGenerator(
      name = "blueprint_revision_seq",
      sequenceName = "blueprint_revision_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "blueprint_id", nullable = false)
  private RoleBlueprint blueprint;

  @Column(name = "revision_number", nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private BlueprintStatus status;

  /** True for the newest revision of its blueprint; lets the library list one row per role. */
  @Column(name = "latest", nullable = false)
  private boolean latest;

  @Column(name = "title", nullable = false, length = BlueprintContent.TITLE_MAX)
  private String title;

  @Column(name = "family", length = BlueprintContent.FAMILY_MAX)
  private String family;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", length = 20)
  private Level level;

  /** The level's {@link Level#rank() rank}, for sorting by seniority. */
  @Column(name = "level_rank")
  private Integer levelRank;

  @Enumerated(EnumType.STRING)
  @Column(name = "track", nullable = false, length = 30)
  private Track track;

  @Column(name = "summary", length = BlueprintContent.SUMMARY_MAX)
  private String summary;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "blueprint_technical_skill",
      joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<TechnicalSkill> technicalSkills = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected BlueprintRevision() {
    // for JPA
  }

  BlueprintRevision(RoleBlueprint blueprint, int number, BlueprintContent content, Instant now) {
    this.blueprint = blueprint;
    this.number = number;
    this.status = BlueprintStatus.DRAFT;
    this.latest = true;
    this.title = content.title();
    this.family = content.family();
    this.level = content.level();
    this.levelRank = level == null ? null : level.rank();
    this.track = content.track();
    this.summary = content.summary();
    this.technicalSkills = new ArrayList<>(content.technicalSkills());
    this.createdAt = now;
  }

  void publish(Instant now) {
    if (status != BlueprintStatus.DRAFT) {
      throw new IllegalStateException(
          "revision " + number + " is " + status.label().toLowerCase() + ", not a draft");
    }
    status = BlueprintStatus.PUBLISHED;
    publishedAt = now;
  }

  void supersede() {
    status = BlueprintStatus.SUPERSEDED;
  }

  void markNotLatest() {
    latest = false;
  }

  public BlueprintContent content() {
    return new BlueprintContent(title, family, level, track, summary, technicalSkills);
  }

  public Long id() {
    return id;
  }

  public RoleBlueprint blueprint() {
    return blueprint;
  }

  public int number() {
    return number;
  }

  public BlueprintStatus status() {
    return status;
  }

  public boolean isLatest() {
    return latest;
  }

  public String title() {
    return title;
  }

  public String family() {
    return family;
  }

  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  public Track track() {
    return track;
  }

  public String summary() {
    return summary;
  }

  public List<TechnicalSkill> technicalSkills() {
    return List.copyOf(technicalSkills);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlueprintRevision other
        && number == other.number
        && Objects.equals(blueprint.roleKey(), other.blueprint.roleKey());
  }

  @Override
  public int hashCode() {
    return Objects.hash(blueprint.roleKey(), number);
  }

  @Override
  public String toString() {
    return title + " r" + number + " (" + status + ")";
  }
}
