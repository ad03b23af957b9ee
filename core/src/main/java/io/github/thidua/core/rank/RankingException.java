package io.github.thidua.core.rank;

/**
 * The bloc cannot be ranked with the given profile: its tie-break order is malformed, or a tie needs a parameter the
 * profile does not set. A mistake in the profile (bad input), not a fault of the engine; the message says which
 * parameter and why.
 */
public final class RankingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public RankingException(String message, Throwable cause) {
        super(message, cause);
    }
}
