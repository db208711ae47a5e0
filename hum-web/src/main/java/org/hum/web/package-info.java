/**
 * The web tier, by feature: each package {@code org.hum.web.<feature>} holds that feature's
 * REST resources (under {@code /api}) and its Faces page beans together; {@code platform} holds
 * what they share (the JAX-RS application, JSON and problem answers, the one authentication
 * mechanism for both, the request filters, and {@code PageAction}, the one
 * way a page action's refusal becomes a page message). It holds no business rule and uses no
 * control of hum-ejb: every call goes to a boundary.
 */
package org.hum.web;
