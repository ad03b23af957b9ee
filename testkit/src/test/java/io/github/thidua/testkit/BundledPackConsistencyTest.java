package io.github.thidua.testkit;

/** The bundled national pack satisfies every consistency law (the suite with its defaults). */
class BundledPackConsistencyTest extends RuleConsistencySuite {
}
