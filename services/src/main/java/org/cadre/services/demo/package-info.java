/**
 * The demo organisation loaded in demo mode: its data in {@code /demo/*.json}, the generator that
 * makes people and assessments from it, and the steps that write each part once.
 */
package org.cadre.services.demo;
