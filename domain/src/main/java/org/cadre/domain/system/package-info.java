/** Bookkeeping of the running system itself, such as which demo data has been loaded. */
package org.cadre.domain.system;
