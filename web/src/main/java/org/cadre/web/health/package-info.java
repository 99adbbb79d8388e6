/** Readiness for {@code /health/ready}: up while the database answers. */
package org.cadre.web.health;
