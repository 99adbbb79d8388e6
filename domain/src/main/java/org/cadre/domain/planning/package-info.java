/**
 * Headcount planning: quarterly plans per org unit and scenario, their lines and positions, what is
 * actually in post, budgets and cost rates, and the arithmetic that rolls them up the tree.
 */
package org.cadre.domain.planning;
