/**
 * Accounts and sign-in from outside: the users and API tokens an ADMIN manages (REST and page), and
 * the login page.
 */
package org.cadre.web.access;
