/**
 * The organisation as callers see it: units, people and assessments within their scope, a manager's
 * being their subtree.
 */
package org.cadre.services.people;
