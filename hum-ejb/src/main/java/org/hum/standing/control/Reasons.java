package org.hum.standing.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.hum.source.control.SourceTexts;

/**
 * Encrypts the free-text reasons of a source's standing under the file's own data key, bound
 * to table, column and row; decrypts them only for a caller the boundary has checked.
 * A reason that no longer opens (its key version was destroyed after a rotation, or the row
 * was tampered with) reads as a notice, never as an error that hides the rest of the file.
 */
@ApplicationScoped
public class Reasons extends SourceTexts {
}
