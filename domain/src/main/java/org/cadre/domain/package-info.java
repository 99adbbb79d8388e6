/**
 * Cadre's domain model: entities, value objects and rules, in the words of the design glossary.
 *
 * <p>Nothing here knows about the container, the database, reports or the web. JPA and Bean
 * Validation annotations are the only framework types allowed, as mapping metadata.
 */
package org.cadre.domain;
