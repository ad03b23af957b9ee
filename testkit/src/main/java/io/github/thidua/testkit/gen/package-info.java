/**
 * Engine-neutral generators (seeded, size-aware functions of a {@link io.github.thidua.testkit.gen.Source}) of valid
 * bloc and province reviews biased to the rules' edges
 * ({@link io.github.thidua.testkit.gen.Generators}), their configuration, the probes comparing laws use, compact
 * descriptions of cases and a structural shrinker.
 */
package io.github.thidua.testkit.gen;
