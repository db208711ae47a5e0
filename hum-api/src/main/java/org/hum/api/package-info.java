/**
 * The contract between HUM's clients and its core: request and response records, roles,
 * and error codes. Nothing here depends on the container or on persistence.
 */
package org.hum.api;
