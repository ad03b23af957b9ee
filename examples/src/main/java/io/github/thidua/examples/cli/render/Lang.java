package io.github.thidua.examples.cli.render;

/** The language of the CLI's reports: Vietnamese (the default) or English. */
public enum Lang {
    /** Tiếng Việt. */
    VI,
    /** English. */
    EN;

    /** {@code vi} or {@code en}, whichever this language is. */
    public String pick(String vi, String en) {
        return this == VI ? vi : en;
    }
}
