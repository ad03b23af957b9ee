package io.github.thidua.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.thidua.core.BlocReview;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Property: every consistent bloc review survives writing and reading unchanged, and its JSON matches the
 * published schema. Reproduce a failure with {@code -Dthidua.seed=<seed>} (the seed is in the failure message).
 */
class BlocReviewRoundTripPropertyTest {
    private static final int EXAMPLES = 200;

    private static long seed() {
        String fixed = System.getProperty("thidua.seed");
        return fixed != null && !fixed.isBlank() ? Long.parseLong(fixed.trim()) : ThreadLocalRandom.current().nextLong();
    }

    @Test
    void generatedReviewsRoundTripThroughJson() {
        long seed = seed();
        MiniSchemaValidator schema = new MiniSchemaValidator();
        try {
            qt().withExamples(EXAMPLES)
                    .withFixedSeed(seed)
                    .forAll(BlocReviewGenerator.blocReviews().describedAs(Scenarios::write))
                    .checkAssert(review -> {
                        String json = Scenarios.write(review);
                        BlocReview back = Scenarios.readBlocReview(json, "generated.json", null);
                        assertThat(back).isEqualTo(review);
                        assertThat(Scenarios.write(back)).isEqualTo(json);
                        assertThat(schema.validate("bloc-review.schema.json", TestDocs.readTree(json))).isEmpty();
                    });
        } catch (AssertionError e) {
            throw new AssertionError("round trip failed with seed " + seed + "; reproduce with -Dthidua.seed=" + seed
                    + System.lineSeparator() + e.getMessage(), e);
        }
    }
}
