/** What the application records about itself: the demo data steps already loaded. */
package org.cadre.persistence.system;
