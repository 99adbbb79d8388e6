package org.cadre.domain.blueprint;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One numbered revision of a {@link RoleBlueprint}: everything the blueprint says, where it came
 * from, and what the import could not read. A draft can be edited; a published revision never
 * changes. Belongs to the {@code RoleBlueprint} aggregate.
 */
@Entity
@Table(name = "blueprint_revision")
public class BlueprintRevision {

  public static final int WARNING_MAX = 2000;

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

  @ElementCollection
  @CollectionTable(
      name = "blueprint_technical_skill",
      joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<TechnicalSkill> technicalSkills = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "blueprint_soft_skill", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<SoftSkill> softSkills = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "blueprint_kpi", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<Kpi> kpis = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "blueprint_tool", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<Tool> tools = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "blueprint_scorecard_dimension",
      joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "dimension", nullable = false, length = TechnicalSkill.NAME_MAX)
  private List<String> scorecardDimensions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "blueprint_scorecard_anchor",
      joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<ScorecardAnchor> scorecardAnchors = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "blueprint_career_step", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<CareerStep> careerPath = new ArrayList<>();

  @Embedded private Experience experience;

  @ElementCollection
  @CollectionTable(name = "blueprint_item", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<BlueprintItem> items = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "blueprint_section", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  private List<Section> sections = new ArrayList<>();

  @Embedded private DocumentSource source;

  @ElementCollection
  @CollectionTable(name = "blueprint_warning", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "list_index")
  @Column(name = "message", nullable = false, length = WARNING_MAX)
  private List<String> warnings = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected BlueprintRevision() {
    // for JPA
  }

  BlueprintRevision(
      RoleBlueprint blueprint,
      int number,
      BlueprintContent content,
      DocumentSource source,
      List<String> warnings,
      Instant now) {
    this.blueprint = blueprint;
    this.number = number;
    this.status = BlueprintStatus.DRAFT;
    this.latest = true;
    this.source = source;
    this.warnings =
        new ArrayList<>(
            warnings.stream()
                .map(w -> w.length() <= WARNING_MAX ? w : w.substring(0, WARNING_MAX - 1) + "…")
                .toList());
    this.createdAt = now;
    write(content);
  }

  private void write(BlueprintContent content) {
    title = content.title();
    family = content.family();
    level = content.level();
    levelRank = level == null ? null : level.rank();
    track = content.track();
    summary = content.summary();
    technicalSkills = new ArrayList<>(content.technicalSkills());
    softSkills = new ArrayList<>(content.softSkills());
    kpis = new ArrayList<>(content.kpis());
    tools = new ArrayList<>(content.tools());
    scorecardDimensions = new ArrayList<>();
    scorecardAnchors = new ArrayList<>();
    for (ScorecardDimension dimension : content.scorecard()) {
      int index = scorecardDimensions.size();
      scorecardDimensions.add(dimension.dimension());
      dimension
          .anchors()
          .forEach((label, text) -> scorecardAnchors.add(new ScorecardAnchor(index, label, text)));
    }
    careerPath = new ArrayList<>(content.careerPath());
    experience = content.experience();
    items = new ArrayList<>(content.items());
    sections = new ArrayList<>(content.sections());
  }

  /** Replaces what a draft says, as HR edits it. */
  void edit(BlueprintContent content) {
    requireDraft("edited");
    write(content);
  }

  void publish(Instant now) {
    requireDraft("published");
    status = BlueprintStatus.PUBLISHED;
    publishedAt = now;
  }

  private void requireDraft(String what) {
    if (status != BlueprintStatus.DRAFT) {
      throw new IllegalStateException(
          "revision "
              + number
              + " is "
              + status.label().toLowerCase()
              + ", not a draft, and cannot be "
              + what);
    }
  }

  void supersede() {
    status = BlueprintStatus.SUPERSEDED;
  }

  void markNotLatest() {
    latest = false;
  }

  /**
   * Links every skill to a competency of the catalogue, as the function decides; skills already
   * linked keep their link.
   */
  public void linkSkills(ToLongFunction<TechnicalSkill> technical, ToLongFunction<SoftSkill> soft) {
    technicalSkills.stream()
        .filter(s -> s.competencyId() == null)
        .forEach(s -> s.linkTo(technical.applyAsLong(s)));
    softSkills.stream()
        .filter(s -> s.competencyId() == null)
        .forEach(s -> s.linkTo(soft.applyAsLong(s)));
  }

  public BlueprintContent content() {
    return new BlueprintContent(
        title,
        family,
        level,
        track,
        summary,
        technicalSkills,
        softSkills,
        kpis,
        tools,
        scorecard(),
        careerPath,
        experience,
        items,
        sections);
  }

  public List<ScorecardDimension> scorecard() {
    List<ScorecardDimension> scorecard = new ArrayList<>();
    for (int i = 0; i < scorecardDimensions.size(); i++) {
      Map<String, String> anchors = new LinkedHashMap<>();
      for (ScorecardAnchor anchor : scorecardAnchors) {
        if (anchor.dimensionIndex() == i) {
          anchors.put(anchor.label(), anchor.text());
        }
      }
      scorecard.add(new ScorecardDimension(scorecardDimensions.get(i), anchors));
    }
    return scorecard;
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

  public List<SoftSkill> softSkills() {
    return List.copyOf(softSkills);
  }

  public List<Kpi> kpis() {
    return List.copyOf(kpis);
  }

  public List<Tool> tools() {
    return List.copyOf(tools);
  }

  public List<CareerStep> careerPath() {
    return List.copyOf(careerPath);
  }

  public Experience experience() {
    return experience == null ? Experience.NONE : experience;
  }

  public List<BlueprintItem> items() {
    return List.copyOf(items);
  }

  public List<Section> sections() {
    return List.copyOf(sections);
  }

  public Optional<DocumentSource> source() {
    return Optional.ofNullable(source);
  }

  public List<String> warnings() {
    return List.copyOf(warnings);
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
