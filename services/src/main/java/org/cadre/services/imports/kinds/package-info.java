/**
 * The kinds of spreadsheet import (org units, employees, assessments, assessment matrix): each
 * one's columns and row rules.
 */
package org.cadre.services.imports.kinds;
