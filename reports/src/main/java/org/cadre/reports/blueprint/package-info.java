/** A blueprint's printable profile (PDF) and the workbooks of one blueprint and of the library. */
package org.cadre.reports.blueprint;
