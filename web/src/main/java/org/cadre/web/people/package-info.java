/**
 * The organisation from outside: org units and employees, their pages and exports, as REST
 * resources and the pages' beans.
 */
package org.cadre.web.people;
