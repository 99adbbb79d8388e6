/** Reports made in the background: their requests, their runs and files, and their schedules. */
package org.cadre.domain.reporting;
