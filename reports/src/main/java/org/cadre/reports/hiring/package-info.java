/** The hiring workbook: requisitions, applications with their stage history, and the funnel. */
package org.cadre.reports.hiring;
