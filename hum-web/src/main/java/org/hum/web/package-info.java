/**
 * The web tier: the REST API under {@code /api} ({@code rest}), the Faces UI ({@code ui}),
 * the one authentication mechanism for both ({@code security}), and the filters that bound
 * request size and set security headers ({@code filter}). It holds no business rule: every
 * call goes to a boundary in hum-ejb.
 */
package org.hum.web;
