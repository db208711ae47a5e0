/**
 * The OpenAPI document of HUM's REST API, as Payara serves it at {@code /openapi}: Payara reads
 * the JAX-RS resources, {@link org.hum.web.openapi.ApiDocument} adds the title, version,
 * description, the bearer scheme and the RFC 9457 problem schema, and
 * {@link org.hum.web.openapi.ProblemAnswers} gives every operation the problem answers it can
 * return, so no resource carries OpenAPI annotations (docs/api.md).
 */
package org.hum.web.openapi;
