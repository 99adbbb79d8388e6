/** Small types shared by every part of the domain: paging. */
package org.cadre.domain.common;
