package dev.godwit.model;

/** A comment in a script, with its body text (without {@code --}, {@code /* *}{@code /}, {@code #} or {@code //}). */
public record Comment(Span span, String body) {}
