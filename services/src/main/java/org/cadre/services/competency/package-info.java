/**
 * The competency catalogue: skills of every blueprint linked to canonical competencies, and merging
 * two of them.
 */
package org.cadre.services.competency;
