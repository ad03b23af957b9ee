/**
 * A plain-Java reference evaluator of bloc reviews and provincial consolidations, written from docs/legal-notes.md
 * without Drools: the differential oracle of the laws and a performance baseline.
 */
package io.github.thidua.testkit.reference;
