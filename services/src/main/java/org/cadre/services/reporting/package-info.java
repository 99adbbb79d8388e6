/**
 * Report packs for leadership: assembled from the planning services' own figures, rendered by the
 * reports module, made on request, in the background or on a schedule, and kept for a while.
 */
package org.cadre.services.reporting;
