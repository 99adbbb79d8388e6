package org.cadre.services.demo;

import org.cadre.services.access.Caller;

/**
 * One named part of the demo data, loaded once in its own transaction. A new part is a bean
 * implementing this interface; {@link DemoData} finds it and loads it in its order.
 */
interface DemoStep {

  /** The name recorded once the step is loaded; never change it, or the step loads again. */
  String name();

  /**
   * Where the step comes among the others, lowest first: users 100, blueprints 200, organisation
   * 300, headcount plans 400. A new step takes a number after the steps whose data it needs.
   */
  int order();

  void apply(Caller caller);
}
