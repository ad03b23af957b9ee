package io.github.thidua.examples.cli;

/** The language of the CLI's reports: Vietnamese (the default) or English. */
public enum Lang {
    /** Tiếng Việt. */
    VI,
    /** English. */
    EN;

    /** {@code vi} or {@code en}, whichever this language is. */
    String pick(String vi, String en) {
        return this == VI ? vi : en;
    }
}
