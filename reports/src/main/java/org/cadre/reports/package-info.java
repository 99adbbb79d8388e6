/**
 * Report rendering. Each report takes plain report data (records of this module, assembled by the
 * services) and returns bytes: PDF through JasperReports, xlsx through POI. No JasperReports or POI
 * type appears in a public signature of this module.
 */
package org.cadre.reports;
