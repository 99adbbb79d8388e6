package org.cadre.domain.system;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Records that one named part of the demo data has been loaded, so that a restart never loads it
 * twice while a newer version of Cadre can still add new parts to an existing demo database.
 */
@Entity
@Table(name = "demo_seed")
public class DemoSeed {

  @Id
  @Column(name = "name", length = 100)
  private String name;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  protected DemoSeed() {
    // for JPA
  }

  public DemoSeed(String name, Instant appliedAt) {
    this.name = name;
    this.appliedAt = appliedAt;
  }

  public String name() {
    return name;
  }

  public Instant appliedAt() {
    return appliedAt;
  }
}
