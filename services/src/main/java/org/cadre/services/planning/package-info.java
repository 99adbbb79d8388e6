/**
 * Headcount planning: plans and their workflow, roll-ups of the org tree, scenarios, budgets and
 * cost rates. Managers plan their own subtree; the manager above or leadership decides.
 */
package org.cadre.services.planning;
