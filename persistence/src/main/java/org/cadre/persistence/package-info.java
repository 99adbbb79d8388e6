/**
 * Storage of the domain: JPA repositories implementing the domain's repository interfaces, the
 * {@code cadre} persistence unit and the Flyway migrations that alone define the schema.
 */
package org.cadre.persistence;
