/** HR spreadsheet imports: what was imported, by whom, with what outcome. */
package org.cadre.domain.imports;
