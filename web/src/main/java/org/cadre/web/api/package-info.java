/**
 * What every REST resource shares: the application's path, the reading of bodies, uploads and
 * parameters, downloads, and the mappers that answer refusals as {@code application/problem+json}.
 * The resources themselves live in their feature's package.
 */
package org.cadre.web.api;
