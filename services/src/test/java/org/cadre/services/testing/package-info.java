/**
 * Test support shared with the benchmarks: the services wired by hand over one entity manager, and
 * a small organisation to test them on.
 */
package org.cadre.services.testing;
