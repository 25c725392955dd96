package dev.godwit.source;

import dev.godwit.model.Comment;
import java.util.List;

/** Statements and comments of a script region, in text order. */
public record SplitResult(List<RawStatement> statements, List<Comment> comments) {}
