package org.hum.config.control;

import jakarta.inject.Qualifier;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The clock the lifecycle's rules read: due dates, overdue lists, ages, hard stops. Inject
 * it as {@code @Inject @RuleClock Clock clock}. It is the system clock unless the
 * deployment allows moving it ({@code hum.clock.adjustable=true}, test stands only), so that
 * tests can cross each boundary. Audit times, tokens and key lifetimes read the plain
 * {@code Clock}, which never moves: the trail records when things really happened.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface RuleClock {
}
