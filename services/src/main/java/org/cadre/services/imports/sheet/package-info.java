/**
 * Reading untrusted spreadsheets (xlsx and CSV) row by row, with limits stated up front and every
 * bad cell named.
 */
package org.cadre.services.imports.sheet;
