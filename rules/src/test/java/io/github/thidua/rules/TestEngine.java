package io.github.thidua.rules;

/** One engine per test JVM: compiling the pack is the expensive part, evaluations are cheap. */
final class TestEngine {
    private static Engine engine;

    private TestEngine() {
    }

    static synchronized Engine get() {
        if (engine == null) {
            engine = Engine.builder().build();
        }
        return engine;
    }
}
