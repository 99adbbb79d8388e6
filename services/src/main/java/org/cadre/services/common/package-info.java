/**
 * What all services share: the refusals they throw (each mapped once to an HTTP status and a page)
 * and paging.
 */
package org.cadre.services.common;
