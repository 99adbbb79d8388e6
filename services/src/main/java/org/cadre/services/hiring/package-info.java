/** Hiring use cases: requisitions, candidates, pipelines, interviews, offers, hires and metrics. */
package org.cadre.services.hiring;
