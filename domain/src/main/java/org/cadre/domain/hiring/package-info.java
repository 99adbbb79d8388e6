/**
 * Hiring: requisitions for planned seats, their stage pipelines, candidates and applications,
 * structured interviews and scorecards from the blueprint, offers, and the funnel metrics.
 */
package org.cadre.domain.hiring;
