/**
 * Blueprints from outside: the library, a blueprint's page and PDF profile, and the import of
 * blueprint documents, as REST resources and the pages' beans.
 */
package org.cadre.web.blueprint;
