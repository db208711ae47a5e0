/**
 * The rule profile and the lifecycle policy (docs/domain.md, "Rule profiles"): the figures every
 * clock reads, the {@code @RuleClock} they read it with, and the one policy of hard stops
 * every feature asks before it acts on a source.
 */
package org.hum.rules;
