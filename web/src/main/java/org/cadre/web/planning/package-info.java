/**
 * Headcount planning from outside: plans, scenarios, budgets and cost rates, the plan workbook, the
 * planning grid and the plan overview, as REST resources and the pages' beans.
 */
package org.cadre.web.planning;
