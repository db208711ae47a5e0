package org.hum.api.dashboard;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Marks a workspace line as seen.
 *
 * @param key  the line's key, as the workspace gave it
 * @param note what the reviewer found or did (kept, under the file's key)
 */
public record NewWorkspaceMark(@NotBlank @Size(max = 160) String key, @NotBlank @Size(max = 2000) String note) {
}
