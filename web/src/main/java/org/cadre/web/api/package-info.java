/**
 * The REST API under {@code /api}: thin resources that hand work to the services, and the mappers
 * that answer refusals as {@code application/problem+json}.
 */
package org.cadre.web.api;
