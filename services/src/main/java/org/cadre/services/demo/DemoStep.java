package org.cadre.services.demo;

import org.cadre.services.access.Caller;

/** One named part of the demo data. */
interface DemoStep {

  String name();

  void apply(Caller caller);
}
