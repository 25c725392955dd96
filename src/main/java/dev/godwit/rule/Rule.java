package dev.godwit.rule;

/** A check. Implementations are stateless final classes annotated with {@link RuleInfo}. */
public interface Rule {
  default RuleInfo info() {
    RuleInfo info = getClass().getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalStateException(getClass().getName() + " has no @RuleInfo");
    }
    return info;
  }

  default String id() {
    return info().id();
  }
}
