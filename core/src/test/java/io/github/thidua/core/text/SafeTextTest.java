package io.github.thidua.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {
    @Test
    void terminalEscapesAndBidiControlsAreNeutralisedAndTheRestKept() {
        String hostile = "Sở A\u001b[2J\u001b]8;;http://x\u0007link\u001b]8;;\u0007\u009b\u202eevil\u2066x\u2069\u200f";
        String clean = SafeText.clean(hostile);
        assertThat(clean).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\u2066", "\u2069", "\u200f")
                .startsWith("Sở A").contains("link").contains("evil").hasSameSizeAs(hostile);
        assertThat(SafeText.clean("Tiên tiến\n\tok")).isEqualTo("Tiên tiến\n\tok");
        assertThat(SafeText.clean(null)).isNull();
    }
}
