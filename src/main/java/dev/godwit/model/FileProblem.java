package dev.godwit.model;

/** A file that could not be read or decoded; it is skipped and reported. */
public record FileProblem(String path, String message) {}
