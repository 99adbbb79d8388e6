/**
 * Hiring from outside: requisitions, pipelines and the board, candidates, interviews and
 * scorecards, offers and hires, as REST resources and the pages' beans.
 */
package org.cadre.web.hiring;
