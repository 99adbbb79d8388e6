/**
 * Requisitions, candidates, applications, interviews, offers and hiring metrics in the database.
 */
package org.cadre.persistence.hiring;
