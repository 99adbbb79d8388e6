/** Headcount plans, positions, cost rates, budgets and scenarios in the {@code cadre} unit. */
package org.cadre.persistence.planning;
