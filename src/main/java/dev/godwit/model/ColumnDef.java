package dev.godwit.model;

/**
 * A column definition in CREATE TABLE or ALTER TABLE ... ADD COLUMN.
 *
 * @param defaultValue the DEFAULT expression, or null
 * @param identity GENERATED ... AS IDENTITY
 * @param generatedStored GENERATED ALWAYS AS (expr) STORED
 * @param generatedVirtual GENERATED ALWAYS AS (expr) [VIRTUAL] (PostgreSQL 18)
 * @param references the table named in an inline REFERENCES clause, or null
 */
public record ColumnDef(
    String name,
    Span span,
    DataType type,
    boolean notNull,
    Expr defaultValue,
    boolean identity,
    boolean generatedStored,
    boolean generatedVirtual,
    boolean primaryKey,
    boolean unique,
    QualifiedName references,
    boolean check) {}
