/** Org units and the tree they form, with the units each user manages. */
package org.cadre.persistence.org;
