/**
 * What the policy knows of a feature that records nothing yet: each class answers "nothing
 * on record" truthfully, and is deleted when the feature that owns those facts lands.
 */
package org.hum.rules.control.unrecorded;
