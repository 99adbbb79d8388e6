/**
 * Test support shared with the services tests and the benchmarks: fresh migrated databases (H2 and
 * a real PostgreSQL), the persistence unit outside the server, and watching the database's
 * sessions.
 */
package org.cadre.persistence.testing;
