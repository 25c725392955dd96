package dev.godwit.model;

/** Which way a script moves the schema. */
public enum Direction { UP, DOWN, REPEATABLE }
