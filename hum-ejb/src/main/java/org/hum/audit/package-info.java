/**
 * The tamper-evident audit trail (docs/architecture.md, "Audit trail").
 *
 * <ul>
 * <li>{@code control.AuditTrail} appends an entry in the caller's transaction: no audit, no
 *     action. Entries name ids and code names, never a plaintext identity.</li>
 * <li>{@code control.AuditLog} records refusals apart from the refused action's transaction,
 *     which rolls back; the entries of refusals made at the same moment are committed together
 *     ({@code control.GroupCommit}), each before its call returns; the client's answer does not
 *     change.</li>
 * <li>{@code boundary.AuditChainer} links committed entries into a SHA-256 chain in seq
 *     order, records abandoned seqs as gaps, and signs the head with Ed25519 as checkpoints:
 *     writers never lock a shared chain head.</li>
 * <li>{@code boundary.AuditReview} lets compliance reviewers filter and export verifiable
 *     slices; reading the trail is audited too.</li>
 * <li>{@code verify} holds the canonical forms and the verifier. It depends on the JDK only,
 *     so {@code AuditVerifier} runs outside the server with just the public key.</li>
 * </ul>
 * The database grants the application only SELECT and INSERT on the three audit tables.
 */
package org.hum.audit;
