/**
 * Authentication: the portal's form login and the API's HTTP Basic, the identity store, and the
 * caller of a request.
 */
package org.cadre.web.security;
