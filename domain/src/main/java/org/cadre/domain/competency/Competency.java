package org.cadre.domain.competency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A canonical skill of the catalogue. Its name and every alias have a {@link CompetencyKey key}; a
 * blueprint skill whose wording has one of these keys is this competency.
 */
@Entity
@Table(name = "competency")
public class Competency {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competency_seq")
  @SequenceGenerator(name = "competency_seq", sequenceName = "competency_seq", allocationSize = 50)
  private Long id;

  @Column(name = "name", nullable = false, length = CompetencyKey.MAX)
  private String name;

  @Column(name = "name_key", nullable = false, unique = true, length = CompetencyKey.MAX)
  private String key;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "competency_alias", joinColumns = @JoinColumn(name = "competency_id"))
  private List<CompetencyAlias> aliases = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Competency() {
    // for JPA
  }

  public Competency(String name, Instant now) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a competency needs a name");
    }
    this.name = name.strip();
    this.key = CompetencyKey.of(name);
    this.createdAt = now;
  }

  /** Remembers another wording of this competency, unless it is already known. */
  public void addAlias(String wording) {
    if (wording == null || wording.isBlank() || wording.strip().equals(name)) {
      return;
    }
    CompetencyAlias alias = new CompetencyAlias(wording);
    if (!aliases.contains(alias)) {
      aliases.add(alias);
    }
  }

  /**
   * Takes over another competency merged into this one: its name and aliases become aliases of this
   * one. The caller re-links what pointed at the other and removes it.
   */
  public void absorb(Competency other) {
    if (other == this || other.id != null && other.id.equals(id)) {
      throw new IllegalArgumentException("a competency cannot be merged into itself");
    }
    addAlias(other.name);
    other.aliases.forEach(a -> addAlias(a.alias()));
  }

  /** Every key that means this competency: the name's and the aliases'. */
  public Set<String> keys() {
    Set<String> keys = new TreeSet<>();
    keys.add(key);
    aliases.forEach(a -> keys.add(a.key()));
    return keys;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String key() {
    return key;
  }

  public List<String> aliases() {
    return aliases.stream().map(CompetencyAlias::alias).sorted().toList();
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Competency other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return "Competency " + name;
  }
}
