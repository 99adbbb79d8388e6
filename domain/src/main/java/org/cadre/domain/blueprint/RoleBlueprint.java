package org.cadre.domain.blueprint;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A role the organisation defines ("Lead Cloud Native Engineer"), the root of its revisions.
 *
 * <p>Aggregate boundary: the blueprint and all its {@link BlueprintRevision revisions}. At most one
 * revision is published at a time; publishing a newer one supersedes it. Exactly one revision is
 * the latest. The {@link RoleKey role key}, derived from the first title, recognises the role when
 * its document is imported again.
 */
@Entity
@Table(name = "role_blueprint")
public class RoleBlueprint {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_blueprint_seq")
  @SequenceGenerator(
      name = "role_blueprint_seq",
      sequenceName = "role_blueprint_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "role_key", nullable = false, unique = true, length = RoleKey.MAX)
  private String roleKey;

  @OneToMany(mappedBy = "blueprint", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<BlueprintRevision> revisions = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * When the blueprint last changed. Changes to revisions touch it, so that the blueprint's version
   * rises with any change of the aggregate and concurrent edits are detected.
   */
  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RoleBlueprint() {
    // for JPA
  }

  private RoleBlueprint(String roleKey, Instant now) {
    this.roleKey = roleKey;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** A new blueprint written in Cadre, whose first revision is a draft of the given content. */
  public static RoleBlueprint draft(BlueprintContent content, Instant now) {
    return draft(content, null, List.of(), now);
  }

  /**
   * A new blueprint whose first revision is a draft of the given content.
   *
   * @param source the document it was imported from, or null
   * @param warnings what the import could not read or was unsure of
   */
  public static RoleBlueprint draft(
      BlueprintContent content, DocumentSource source, List<String> warnings, Instant now) {
    RoleBlueprint blueprint = new RoleBlueprint(RoleKey.of(content.title()), now);
    blueprint.revisions.add(
        new BlueprintRevision(
            blueprint, 1, blueprint.identified(content, List.of()), source, warnings, now));
    return blueprint;
  }

  /**
   * Drafts the next revision with the given content, unless it says exactly what the latest
   * revision says, in which case nothing changes and the latest revision is returned. A skill of
   * the latest revision named again keeps its id and the required level HR set on it.
   */
  public BlueprintRevision revise(
      BlueprintContent content, DocumentSource source, List<String> warnings, Instant now) {
    BlueprintRevision latest = latestRevision();
    content = identified(content, latest.technicalSkills());
    if (latest.content().equals(content)) {
      return latest;
    }
    latest.markNotLatest();
    BlueprintRevision next =
        new BlueprintRevision(this, latest.number() + 1, content, source, warnings, now);
    revisions.add(next);
    updatedAt = now;
    return next;
  }

  /** Changes what a draft revision says; published revisions never change. */
  public BlueprintRevision editDraft(int number, BlueprintContent content, Instant now) {
    BlueprintRevision revision = revision(number);
    revision.edit(identified(content, revision.technicalSkills()));
    updatedAt = now;
    return revision;
  }

  /**
   * Sets the level the latest revision, a draft, requires in one of its skills; null goes back to
   * the importance's default.
   *
   * @throws IllegalArgumentException when the draft has no such skill, or for a level outside 0-5
   * @throws IllegalStateException when the latest revision is not a draft
   */
  public TechnicalSkill requireLevel(int skillId, Integer level, Instant now) {
    BlueprintRevision draft = latestRevision();
    List<TechnicalSkill> skills = new ArrayList<>(draft.technicalSkills());
    int index = -1;
    for (int i = 0; i < skills.size(); i++) {
      if (Integer.valueOf(skillId).equals(skills.get(i).skillId())) {
        index = i;
      }
    }
    if (index < 0) {
      throw new IllegalArgumentException(
          "revision " + draft.number() + " of " + roleKey + " has no skill " + skillId);
    }
    TechnicalSkill changed = skills.get(index).requiring(level);
    skills.set(index, changed);
    draft.edit(draft.content().withTechnicalSkills(skills));
    updatedAt = now;
    return changed;
  }

  /**
   * The content with every technical skill identified: a skill without an id takes the id of the
   * first skill of the same name (ignoring case) among the earlier ones, with the level HR set on
   * it; any other gets the next id unused in the blueprint.
   */
  private BlueprintContent identified(BlueprintContent content, List<TechnicalSkill> earlier) {
    int next =
        revisions.stream()
                .flatMap(r -> r.technicalSkills().stream())
                .map(TechnicalSkill::skillId)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0)
            + 1;
    Set<Integer> taken = new HashSet<>();
    content.technicalSkills().stream()
        .map(TechnicalSkill::skillId)
        .filter(Objects::nonNull)
        .forEach(taken::add);
    List<TechnicalSkill> skills = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    for (TechnicalSkill skill : content.technicalSkills()) {
      if (skill.skillId() != null && used.add(skill.skillId())) {
        skills.add(skill);
        continue;
      }
      Optional<TechnicalSkill> match =
          earlier.stream()
              .filter(e -> e.skillId() != null && e.name().equalsIgnoreCase(skill.name()))
              .filter(e -> !taken.contains(e.skillId()) && !used.contains(e.skillId()))
              .findFirst();
      TechnicalSkill identified =
          match.isPresent() ? skill.succeeding(match.get()) : skill.identified(next++);
      used.add(identified.skillId());
      skills.add(identified);
    }
    return content.withTechnicalSkills(skills);
  }

  /** Publishes a draft revision; the revision published before it is superseded. */
  public BlueprintRevision publish(int number, Instant now) {
    BlueprintRevision revision = revision(number);
    Optional<BlueprintRevision> previous = publishedRevision();
    revision.publish(now);
    previous.ifPresent(BlueprintRevision::supersede);
    updatedAt = now;
    return revision;
  }

  public BlueprintRevision revision(int number) {
    return revisions.stream()
        .filter(r -> r.number() == number)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "blueprint " + roleKey + " has no revision " + number));
  }

  public BlueprintRevision latestRevision() {
    return revisions.get(revisions.size() - 1);
  }

  public Optional<BlueprintRevision> publishedRevision() {
    return revisions.stream().filter(r -> r.status() == BlueprintStatus.PUBLISHED).findFirst();
  }

  public List<BlueprintRevision> revisions() {
    return List.copyOf(revisions);
  }

  public Long id() {
    return id;
  }

  public String roleKey() {
    return roleKey;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RoleBlueprint other && roleKey.equals(other.roleKey);
  }

  @Override
  public int hashCode() {
    return roleKey.hashCode();
  }

  @Override
  public String toString() {
    return "RoleBlueprint " + roleKey;
  }
}
