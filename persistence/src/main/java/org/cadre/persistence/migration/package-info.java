/**
 * The schema: Flyway migrations of {@code db/migration}, run at start-up and in tests, for H2 and
 * PostgreSQL alike.
 */
package org.cadre.persistence.migration;
