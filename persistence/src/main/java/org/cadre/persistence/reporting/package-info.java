/** Report runs, their files and schedules, in plain SQL: rows written as a pack is made. */
package org.cadre.persistence.reporting;
