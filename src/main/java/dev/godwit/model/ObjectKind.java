package dev.godwit.model;

/** Kinds of database objects that statements create, drop or rename. */
public enum ObjectKind {
  TABLE, INDEX, SCHEMA, SEQUENCE, EXTENSION, TYPE, DOMAIN, VIEW, MATERIALIZED_VIEW, FUNCTION,
  PROCEDURE, TRIGGER, DATABASE, POLICY, ROLE, COLUMN, CONSTRAINT, OTHER;

  /** As written in SQL: {@code MATERIALIZED VIEW}. */
  public String sql() {
    return name().replace('_', ' ');
  }
}
