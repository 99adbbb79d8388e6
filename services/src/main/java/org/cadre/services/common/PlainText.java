package org.cadre.services.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** Bean Validation of {@link TextRules}: text without control characters or bidi overrides. */
@Constraint(validatedBy = PlainText.Validator.class)
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
public @interface PlainText {

  String message() default "contains a character text cannot hold";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks a string against {@link TextRules}, giving its reason as the message. */
  class Validator implements ConstraintValidator<PlainText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return TextRules.problem(value)
          .map(
              reason -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
                return false;
              })
          .orElse(true);
    }
  }
}
