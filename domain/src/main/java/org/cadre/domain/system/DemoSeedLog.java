package org.cadre.domain.system;

/** Which parts of the demo data are already loaded. */
public interface DemoSeedLog {

  boolean isApplied(String name);

  void record(DemoSeed seed);
}
