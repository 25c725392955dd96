package dev.godwit.source;

import dev.godwit.model.Span;

/**
 * A statement as the splitter found it.
 *
 * @param span from the first character of its first token to the end of its last token (the
 *     terminating semicolon excluded)
 * @param meta true for a psql meta-command line ({@code \set}, {@code \i}, ...)
 * @param problem why the statement is cut short ("unterminated string"), or null
 * @param problemAt offset where the unterminated construct starts, or -1
 */
public record RawStatement(Span span, boolean meta, String problem, int problemAt) {}
