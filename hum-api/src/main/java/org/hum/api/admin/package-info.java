/**
 * Administration: users, their clearances, compartments and roles, and true-identity grants.
 * An administrator manages who may see what, and sees no source content by that role alone:
 * nothing here carries a code name or an identity.
 */
package org.hum.api.admin;
