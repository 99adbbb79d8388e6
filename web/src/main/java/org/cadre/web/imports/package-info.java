/**
 * Spreadsheet imports from outside: uploads, dry runs and commits with their progress and results,
 * and the import templates, as REST resources and the Imports page's bean.
 */
package org.cadre.web.imports;
