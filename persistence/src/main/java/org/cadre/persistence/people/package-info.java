/** Employees and their competency assessments, with the bulk writes imports make. */
package org.cadre.persistence.people;
