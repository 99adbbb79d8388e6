/**
 * Competencies from outside: the catalogue, unit coverage and the team heatmap, readiness and
 * internal candidates, as REST resources and the pages' beans.
 */
package org.cadre.web.competency;
