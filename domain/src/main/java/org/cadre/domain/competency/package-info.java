/**
 * The competency catalogue: canonical skills ("Kubernetes operations") that blueprint skills link
 * to, so that one skill worded differently in different blueprints is one competency.
 */
package org.cadre.domain.competency;
