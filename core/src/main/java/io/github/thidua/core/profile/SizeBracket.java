package io.github.thidua.core.profile;

/**
 * A value that applies to blocs of at least {@code minMembers} members (up to the next bracket).
 *
 * @param minMembers the smallest bloc size the value applies to, at least 1
 * @param value      the value: a {@link java.math.BigDecimal}, {@link Boolean} or {@link String}
 */
public record SizeBracket(int minMembers, Object value) {
    public SizeBracket {
        if (minMembers < 1) {
            throw new IllegalArgumentException("bracket minMembers must be at least 1, was " + minMembers);
        }
        ParameterValue.checkValue(value);
    }
}
