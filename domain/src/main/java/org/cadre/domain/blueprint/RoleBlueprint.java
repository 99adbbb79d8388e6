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
import java.util.List;
import java.util.Optional;

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
    blueprint.revisions.add(new BlueprintRevision(blueprint, 1, content, source, warnings, now));
    return blueprint;
  }

  /**
   * Drafts the next revision with the given content, unless it says exactly what the latest
   * revision says, in which case nothing changes and the latest revision is returned.
   */
  public BlueprintRevision revise(
      BlueprintContent content, DocumentSource source, List<String> warnings, Instant now) {
    BlueprintRevision latest = latestRevision();
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
    revision.edit(content);
    updatedAt = now;
    return revision;
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
