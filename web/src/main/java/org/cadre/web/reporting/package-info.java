/**
 * The leadership report pack from outside: made at once or in the background, followed and
 * downloaded, as a REST resource and the Reports page's bean.
 */
package org.cadre.web.reporting;
